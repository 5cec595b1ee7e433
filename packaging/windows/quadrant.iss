; Inno Setup 6 script: the Windows installer of Quadrant.
;
; Build it on Windows, from the repository root, after PyInstaller has made the
; one-folder bundle dist\quadrant:
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\pyinstaller\quadrant.spec
;   iscc packaging\windows\quadrant.iss
; The installer lands in dist\. Relative paths below are relative to this folder.
; MyAppVersion must equal the version in pyproject.toml (tests/integration/test_packaging.py checks it).
; The data folder is not part of the installation: uninstalling asks whether to keep it (default: keep).

#define MyAppName "Quadrant"
#define MyAppVersion "0.1.0"
#define MyAppPublisher "The Quadrant team"
#define MyAppURL "https://github.com/quadrant/quadrant"
#define MyAppExeName "quadrant.exe"
#define MyAppUserModelId "io.github.quadrant.Quadrant"

[Setup]
; AppId identifies the installation across versions: never change it.
AppId={{1A6C462D-0242-4886-B61F-A44D213E9EC9}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
AppPublisherURL={#MyAppURL}
AppSupportURL={#MyAppURL}/issues
AppUpdatesURL={#MyAppURL}/releases
VersionInfoVersion={#MyAppVersion}
VersionInfoProductName={#MyAppName}
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=quadrant-{#MyAppVersion}-windows-x64-setup
SetupIconFile=quadrant.ico
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName={#MyAppName}
CloseApplications=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[CustomMessages]
english.RemoveDataQuestion=Also delete your Quadrant data (tasks, replies, reflections, settings and backups) in:%n%1%n%nChoose No to keep it for a later installation.
dutch.RemoveDataQuestion=Ook je Quadrant-gegevens (taken, antwoorden, terugblikken, instellingen en back-ups) verwijderen uit:%n%1%n%nKies Nee om ze te bewaren voor een latere installatie.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\quadrant\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; AppUserModelID: "{#MyAppUserModelId}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ platformdirs puts all of Quadrant's data in %LOCALAPPDATA%\Quadrant on Windows
  (database, backups, settings, logs). A silent uninstall never deletes it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\{#MyAppName}');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir]),
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
