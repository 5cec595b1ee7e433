<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>About</name>
    <message>
        <source>Data:</source>
        <translation>Gegevens:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Back-ups:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Instellingen:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Logboeken:</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Quadrant</source>
        <translation>Over Quadrant</translation>
    </message>
    <message>
        <source>Quadrant %1</source>
        <translation>Quadrant %1</translation>
    </message>
    <message>
        <source>Prioritise, say no kindly, and reflect on your week. Everything stays on this computer.</source>
        <translation>Stel prioriteiten, zeg vriendelijk nee en kijk terug op je week. Alles blijft op deze computer.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>De herinnering sluiten</translation>
    </message>
</context>
<context>
    <name>DisplacedPicker</name>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Nu in</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tasks that give way</source>
        <translation>Taken die plaatsmaken</translation>
    </message>
    <message>
        <source>Tick the tasks the reply offers to move or drop; Space ticks.</source>
        <translation>Vink de taken aan die je in het antwoord aanbiedt te verschuiven of te laten vallen; met de spatiebalk vink je aan.</translation>
    </message>
    <message>
        <source>What happens to the ticked tasks</source>
        <translation>Wat er met de aangevinkte taken gebeurt</translation>
    </message>
    <message>
        <source>Later date for the ticked tasks</source>
        <translation>Latere datum voor de aangevinkte taken</translation>
    </message>
    <message>
        <source>T&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <source>Replies whose follow-up date has come. Check back, then record how it was taken.</source>
        <translation>Antwoorden waarvan de opvolgdatum is aangebroken. Vraag na hoe het is ontvangen en leg dat vast.</translation>
    </message>
    <message>
        <source>Replies to follow up</source>
        <translation>Op te volgen antwoorden</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <source>Text of the selected reply</source>
        <translation>Tekst van het gekozen antwoord</translation>
    </message>
    <message>
        <source>&amp;Accepted</source>
        <translation>&amp;Geaccepteerd</translation>
    </message>
    <message>
        <source>Record: accepted</source>
        <translation>Vastleggen: geaccepteerd</translation>
    </message>
    <message>
        <source>&amp;Pushed back</source>
        <translation>&amp;Teruggeduwd</translation>
    </message>
    <message>
        <source>Record: pushed back</source>
        <translation>Vastleggen: teruggeduwd</translation>
    </message>
    <message>
        <source>Open &amp;task</source>
        <translation>Taak &amp;openen</translation>
    </message>
    <message>
        <source>Open the task</source>
        <translation>De taak openen</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Vandaag niets op te volgen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>Capture and find</source>
        <translation>Vastleggen en zoeken</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Snel vastleggen</translation>
    </message>
    <message>
        <source>Capture a task: title @requester ! urgent * important friday — Enter</source>
        <translation>Leg een taak vast: titel @aanvrager ! urgent * belangrijk vrijdag — Enter</translation>
    </message>
    <message>
        <source>Type a title and press Enter to add it to the selected quadrant.
@Name or @&quot;Full Name&quot;: requester · !: urgent · *: important
today, tomorrow, a weekday, +3, 1-12 or 2026-12-01: due date</source>
        <translation>Typ een titel en druk op Enter om de taak aan het gekozen kwadrant toe te voegen.
@Naam of @&quot;Volledige naam&quot;: aanvrager · !: urgent · *: belangrijk
vandaag, morgen, een weekdag, +3, 1-12 of 2026-12-01: deadline</translation>
    </message>
    <message>
        <source>Show tasks of requester</source>
        <translation>Taken van aanvrager tonen</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find tasks</source>
        <translation>Taken zoeken</translation>
    </message>
    <message>
        <source>Show open or finished tasks</source>
        <translation>Open of afgeronde taken tonen</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open taken</translation>
    </message>
    <message>
        <source>Done and dropped</source>
        <translation>Klaar en vervallen</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nieuwe taak…</translation>
    </message>
    <message>
        <source>&amp;Quick capture</source>
        <translation>&amp;Snel vastleggen</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>Taak &amp;bewerken…</translation>
    </message>
    <message>
        <source>Mark &amp;done / reopen</source>
        <translation>&amp;Klaar / heropenen</translation>
    </message>
    <message>
        <source>&amp;Delete task</source>
        <translation>Taak &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Verplaatsen naar %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Quadrant</source>
        <translation>&amp;Over Quadrant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Taak</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Enter adds the task to this quadrant</source>
        <translation>Enter zet de taak in dit kwadrant</translation>
    </message>
    <message>
        <source>All requesters</source>
        <translation>Alle aanvragers</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>QuadrantPane</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReplyActions</name>
    <message>
        <source>&amp;Reply to request…</source>
        <translation>&amp;Reageren op verzoek…</translation>
    </message>
    <message>
        <source>Draft a no, not now or yes-if reply (Ctrl+R)</source>
        <translation>Stel een antwoord op: nee, nu niet of ja, als… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Capture and reply</source>
        <translation>Vastleggen en reageren</translation>
    </message>
    <message>
        <source>&amp;Follow-ups…</source>
        <translation>&amp;Opvolgen…</translation>
    </message>
    <message>
        <source>Reply &amp;templates…</source>
        <translation>Antwoord&amp;sjablonen…</translation>
    </message>
    <message>
        <source>Re&amp;questers…</source>
        <translation>&amp;Aanvragers…</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verplaatsen naar</translation>
    </message>
    <message>
        <source>Select a task to reply about first.</source>
        <translation>Kies eerst de taak waarop je wilt reageren.</translation>
    </message>
    <message>
        <source>Reply “%1”: %2</source>
        <translation>Antwoord “%1”: %2</translation>
    </message>
    <message>
        <source>Delete template “%1”</source>
        <translation>Sjabloon “%1” verwijderen</translation>
    </message>
    <message>
        <source>Record answer to reply</source>
        <translation>Reactie op antwoord vastleggen</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply about “%1”</source>
        <translation>Antwoord over “%1”</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Kind of reply</source>
        <translation>Soort antwoord</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Language of the reply</source>
        <translation>Taal van het antwoord</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>Voorgestelde datum</translation>
    </message>
    <message>
        <source>Who can help instead</source>
        <translation>Wie er in plaats van jou kan helpen</translation>
    </message>
    <message>
        <source>Name, e.g. Mark from Facilities</source>
        <translation>Naam, bijvoorbeeld Mark van Facilitair</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Opvolgen op</translation>
    </message>
    <message>
        <source>Follow up on a date</source>
        <translation>Opvolgen op een datum</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opvolgdatum</translation>
    </message>
    <message>
        <source>Sign as</source>
        <translation>Ondertekenen als</translation>
    </message>
    <message>
        <source>Your name, for the signature</source>
        <translation>Je naam, voor de ondertekening</translation>
    </message>
    <message>
        <source>What marking as sent does</source>
        <translation>Wat markeren als verstuurd doet</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>T&amp;one:</source>
        <translation>T&amp;oon:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>S&amp;jabloon:</translation>
    </message>
    <message>
        <source>&amp;Proposed date:</source>
        <translation>&amp;Voorgestelde datum:</translation>
    </message>
    <message>
        <source>&amp;Redirect to:</source>
        <translation>&amp;Doorverwijzen naar:</translation>
    </message>
    <message>
        <source>&amp;Give way:</source>
        <translation>&amp;Plaatsmaken:</translation>
    </message>
    <message>
        <source>Sig&amp;n as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>(no requester)</source>
        <translation>(geen aanvrager)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Tekst van het antwoord</translation>
    </message>
    <message>
        <source>Gaps to fill in</source>
        <translation>Nog in te vullen</translation>
    </message>
    <message>
        <source>Re&amp;draft from template</source>
        <translation>Opnieuw &amp;opstellen vanuit sjabloon</translation>
    </message>
    <message>
        <source>Redraft the text from the template</source>
        <translation>De tekst opnieuw opstellen vanuit het sjabloon</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Ond&amp;erwerp:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Openen in &amp;mailprogramma</translation>
    </message>
    <message>
        <source>Save as t&amp;emplate…</source>
        <translation>Opslaan als s&amp;jabloon…</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Markeren als &amp;verstuurd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>De tekst kopiëren</translation>
    </message>
    <message>
        <source>Open in the mail program</source>
        <translation>Openen in het mailprogramma</translation>
    </message>
    <message>
        <source>Save as a new template</source>
        <translation>Opslaan als nieuw sjabloon</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Markeren als verstuurd</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Vul in voor je verstuurt: %1</translation>
    </message>
    <message>
        <source>Edited by you: changing the choices no longer redrafts the text.</source>
        <translation>Door jou bewerkt: andere keuzes stellen de tekst niet meer opnieuw op.</translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation>De tekst staat op het klembord.</translation>
    </message>
    <message>
        <source>No mail program opened. Copy the text instead.</source>
        <translation>Er is geen mailprogramma geopend. Kopieer de tekst in plaats daarvan.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Naam van het nieuwe sjabloon:</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (mijn versie)</translation>
    </message>
    <message>
        <source>Saved as template “%1”.</source>
        <translation>Opgeslagen als sjabloon “%1”.</translation>
    </message>
</context>
<context>
    <name>RequesterDialog</name>
    <message>
        <source>Requester</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>New requester</source>
        <translation>Nieuwe aanvrager</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Used as the recipient when a reply opens in mail</source>
        <translation>Wordt de ontvanger als een antwoord in je mailprogramma opent</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>e.g. Director, Finance manager</source>
        <translation>bijvoorbeeld directeur, financieel manager</translation>
    </message>
    <message>
        <source>Working agreements</source>
        <translation>Werkafspraken</translation>
    </message>
    <message>
        <source>What counts as urgent for this person, expected response times, …</source>
        <translation>Wat voor deze persoon urgent is, verwachte reactietijden, …</translation>
    </message>
    <message>
        <source>Replies quote this text where a template says {agreement}.</source>
        <translation>Antwoorden nemen deze tekst over waar een sjabloon {agreement} zegt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;Agreements:</source>
        <translation>&amp;Afspraken:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>RequestersDialog</name>
    <message>
        <source>Requesters</source>
        <translation>Aanvragers</translation>
    </message>
    <message>
        <source>Details of the selected requester</source>
        <translation>Gegevens van de gekozen aanvrager</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>New requester</source>
        <translation>Nieuwe aanvrager</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Edit requester</source>
        <translation>Aanvrager bewerken</translation>
    </message>
    <message>
        <source>No requesters yet.</source>
        <translation>Nog geen aanvragers.</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Afspraken:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Werken</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Menus and dialogs switch at once.</source>
        <translation>Menu&apos;s en vensters wisselen meteen.</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Week begint op</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> werkdagen</translation>
    </message>
    <message>
        <source>Urgency horizon in working days</source>
        <translation>Urgentiegrens in werkdagen</translation>
    </message>
    <message>
        <source>A task becomes urgent when its due date is this close.</source>
        <translation>Een taak wordt urgent zodra de deadline zo dichtbij is.</translation>
    </message>
    <message>
        <source>Ask &amp;why when a task changes quadrant</source>
        <translation>Vraag &amp;waarom als een taak van kwadrant wisselt</translation>
    </message>
    <message>
        <source>The reasons show up in your weekly reflection.</source>
        <translation>De redenen komen terug in je wekelijkse terugblik.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>W&amp;eek begint op:</translation>
    </message>
    <message>
        <source>&amp;Urgent within:</source>
        <translation>&amp;Urgent binnen:</translation>
    </message>
    <message>
        <source>Reflection and team</source>
        <translation>Terugblik en team</translation>
    </message>
    <message>
        <source>&amp;Remind me to reflect on</source>
        <translation>&amp;Herinner me aan de terugblik op</translation>
    </message>
    <message>
        <source>Reminder day</source>
        <translation>Dag van de herinnering</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Tijd van de herinnering</translation>
    </message>
    <message>
        <source>Team template folder</source>
        <translation>Sjablonenmap van het team</translation>
    </message>
    <message>
        <source>A shared folder with your team&apos;s templates</source>
        <translation>Een gedeelde map met de sjablonen van je team</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the team template folder</source>
        <translation>De sjablonenmap van het team kiezen</translation>
    </message>
    <message>
        <source>&amp;Team folder:</source>
        <translation>Team&amp;map:</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>Gegevens op deze computer</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>De gegevensmap openen</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Gegevensmap:</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Aantal back-ups dat bewaard blijft</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Keep backups:</source>
        <translation>Back-ups be&amp;waren:</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Nog geen back-ups.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); the latest from %1.</source>
        <translation>
            <numerusform>%n back-up, gemaakt op %1.</numerusform>
            <numerusform>%n back-ups; de laatste van %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file manager opened. The folder is: %1</source>
        <translation>Er is geen bestandsbeheer geopend. De map is: %1</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Remove e&amp;xample data</source>
        <translation>Voorbeeldgegevens &amp;verwijderen</translation>
    </message>
    <message>
        <source>Remove example data</source>
        <translation>Voorbeeldgegevens verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n example task(s) removed. Undo brings them back.</source>
        <translation>
            <numerusform>%n voorbeeldtaak verwijderd. Met ongedaan maken komt hij terug.</numerusform>
            <numerusform>%n voorbeeldtaken verwijderd. Met ongedaan maken komen ze terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to look back on your week: what went well, and what got in the way?</source>
        <translation>Tijd om terug te kijken op je week: wat ging goed, en wat zat in de weg?</translation>
    </message>
    <message>
        <source>&amp;Reflect now</source>
        <translation>Nu &amp;terugblikken</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) to follow up today.</source>
        <translation>
            <numerusform>%n antwoord om vandaag op te volgen.</numerusform>
            <numerusform>%n antwoorden om vandaag op te volgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Opvolgen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>Type a title for the task.</source>
        <translation>Typ een titel voor de taak.</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>“%1” toevoegen</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Verplaatsen naar %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” bewerken</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>“%1” heropenen</translation>
    </message>
    <message>
        <source>Complete “%1”</source>
        <translation>“%1” afronden</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <source>overdue %1</source>
        <translation>te laat: %1</translation>
    </message>
    <message>
        <source>no requester, no due date</source>
        <translation>geen aanvrager, geen deadline</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Taak bewerken</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Taak</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Who is it for? A new name is added.</source>
        <translation>Voor wie is het? Een nieuwe naam wordt toegevoegd.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Heeft een deadline</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>&amp;Important</source>
        <translation>&amp;Belangrijk</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>niet geschat</translation>
    </message>
    <message>
        <source>Effort in minutes</source>
        <translation>Geschatte tijd in minuten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Detai&amp;ls…</source>
        <translation>&amp;Gegevens…</translation>
    </message>
    <message>
        <source>Requester details and agreements</source>
        <translation>Gegevens en afspraken van de aanvrager</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Aanvrager:</translation>
    </message>
    <message>
        <source>Due &amp;date:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioriteit:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>Geschatte &amp;tijd:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>History of this task</source>
        <translation>Geschiedenis van deze taak</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>Goes to: %1</source>
        <translation>Komt in: %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Template name</source>
        <translation>Naam van het sjabloon</translation>
    </message>
    <message>
        <source>Kind of reply</source>
        <translation>Soort antwoord</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. workload, meetings</source>
        <translation>Gescheiden door komma&apos;s, bijvoorbeeld werkdruk, vergaderingen</translation>
    </message>
    <message>
        <source>Problem in the template</source>
        <translation>Probleem in het sjabloon</translation>
    </message>
    <message>
        <source>&amp;Go to problem</source>
        <translation>&amp;Naar het probleem</translation>
    </message>
    <message>
        <source>Go to the problem in the template</source>
        <translation>Naar het probleem in het sjabloon gaan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Invulvelden</translation>
    </message>
    <message>
        <source>Enter or double-click inserts the placeholder at the cursor.</source>
        <translation>Enter of dubbelklikken zet het invulveld op de plek van de cursor.</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>Invulveld &amp;invoegen</translation>
    </message>
    <message>
        <source>Insert the selected placeholder</source>
        <translation>Het gekozen invulveld invoegen</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>In&amp;vulvelden:</translation>
    </message>
    <message>
        <source>Built-in templates stay as shipped: saving stores your own copy.</source>
        <translation>Ingebouwde sjablonen blijven zoals ze zijn: opslaan bewaart je eigen kopie.</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>Reply templates</source>
        <translation>Antwoordsjablonen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Soort tonen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tone</source>
        <translation>Toon tonen</translation>
    </message>
    <message>
        <source>All tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show language</source>
        <translation>Taal tonen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show source</source>
        <translation>Herkomst tonen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in templates</source>
        <translation>Zoeken in sjablonen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard c&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Standaard herstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>Sjabloon dupliceren</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Sjabloon verwijderen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Restore the built-in templates</source>
        <translation>De ingebouwde sjablonen herstellen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen negeren</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Sjabloon opslaan</translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation>Sla je wijzigingen eerst op of negeer ze.</translation>
    </message>
    <message>
        <source>The template has a problem; see above.</source>
        <translation>Er zit een probleem in het sjabloon; zie hierboven.</translation>
    </message>
    <message>
        <source>Saved as your own copy; the built-in stays as shipped.</source>
        <translation>Opgeslagen als je eigen kopie; het ingebouwde sjabloon blijft zoals het was.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Duplicated.</source>
        <translation>Gedupliceerd.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>“%1” verwijderd. Met ongedaan maken komt het terug.</translation>
    </message>
    <message>
        <source>The built-in templates are back as shipped; your own are kept.</source>
        <translation>De ingebouwde sjablonen zijn weer zoals geleverd; je eigen sjablonen blijven bewaard.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Quick &amp;capture…</source>
        <translation>Snel &amp;vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Quit Quadrant</source>
        <translation>Quadrant &amp;afsluiten</translation>
    </message>
    <message>
        <source>&amp;Hide Quadrant</source>
        <translation>Quadrant &amp;verbergen</translation>
    </message>
    <message>
        <source>&amp;Show Quadrant</source>
        <translation>Quadrant &amp;tonen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Quadrant</source>
        <translation>Welkom bij Quadrant</translation>
    </message>
    <message>
        <source>Quadrant sorts your work by two questions: is it urgent, and is it important? Every task lands in one of four quadrants.</source>
        <translation>Quadrant ordent je werk met twee vragen: is het urgent, en is het belangrijk? Elke taak komt in een van vier kwadranten.</translation>
    </message>
    <message>
        <source>The example week shows a few days of an assistant working for four managers. File → Remove example data clears it again.</source>
        <translation>De voorbeeldweek toont een paar dagen van een assistent die voor vier managers werkt. Met Bestand → Voorbeeldgegevens verwijderen ruim je die weer op.</translation>
    </message>
    <message>
        <source>Try the &amp;example week</source>
        <translation>&amp;Voorbeeldweek proberen</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Leeg beginnen</translation>
    </message>
    <message>
        <source>Urgent and important: a deadline that matters is close. Do these first, and keep this list short.</source>
        <translation>Urgent en belangrijk: een deadline die ertoe doet komt dichtbij. Doe deze taken eerst en houd de lijst kort.</translation>
    </message>
    <message>
        <source>Important but not urgent: the work that moves things forward. Block time for it before others fill your week.</source>
        <translation>Belangrijk maar niet urgent: het werk dat dingen vooruithelpt. Reserveer er tijd voor voordat anderen je week vullen.</translation>
    </message>
    <message>
        <source>Urgent for someone else, but not important for your goals. Pass it on, or agree on another moment.</source>
        <translation>Urgent voor een ander, maar niet belangrijk voor jouw doelen. Geef het door, of spreek een ander moment af.</translation>
    </message>
    <message>
        <source>Neither urgent nor important. Say no kindly, or let it go.</source>
        <translation>Niet urgent en niet belangrijk. Zeg vriendelijk nee, of laat het los.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The file contains {constant}, which is not a JSON value.</source>
        <translation>Het bestand bevat {constant}, en dat is geen JSON-waarde.</translation>
    </message>
    <message>
        <source>The file is {size}; the limit is {limit}.</source>
        <translation>Het bestand is {size}; de grens is {limit}.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: invalid byte at offset {offset}.</source>
        <translation>Het bestand is geen UTF-8-tekst: ongeldige byte op positie {offset}.</translation>
    </message>
    <message>
        <source>The file is nested more than {limit} levels deep (line {line}, column {column}).</source>
        <translation>Het bestand is meer dan {limit} niveaus diep genest (regel {line}, kolom {column}).</translation>
    </message>
    <message>
        <source>The file is not complete JSON: {problem} at line {line}, column {column}.</source>
        <translation>Het bestand is geen volledige JSON: {problem} op regel {line}, kolom {column}.</translation>
    </message>
    <message>
        <source>The file cannot be read as JSON: {problem}</source>
        <translation>Het bestand is niet als JSON te lezen: {problem}</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Een taak heeft een titel nodig.</translation>
    </message>
    <message>
        <source>A title can be at most {limit} characters.</source>
        <translation>Een titel mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <source>A requester needs a name.</source>
        <translation>Een aanvrager heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A name can be at most {limit} characters.</source>
        <translation>Een naam mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Notes can be at most {limit} characters.</source>
        <translation>Notities mogen hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Effort must be between 0 minutes and a month.</source>
        <translation>De geschatte tijd ligt tussen 0 minuten en een maand.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Dit lijkt geen e-mailadres.</translation>
    </message>
    <message>
        <source>A role can be at most {limit} characters.</source>
        <translation>Een functie mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Agreements can be at most {limit} characters.</source>
        <translation>Afspraken mogen hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <source>There is already a requester called “{name}”.</source>
        <translation>Er is al een aanvrager die “{name}” heet.</translation>
    </message>
    <message>
        <source>A due date needs a time zone.</source>
        <translation>Een deadline heeft een tijdzone nodig.</translation>
    </message>
    <message>
        <source>Quadrant has no texts in the language “{language}”.</source>
        <translation>Quadrant heeft geen teksten in de taal “{language}”.</translation>
    </message>
    <message>
        <source>The urgency horizon is 0 to {limit} working days.</source>
        <translation>De urgentiegrens ligt tussen 0 en {limit} werkdagen.</translation>
    </message>
    <message>
        <source>A week starts on one of the seven weekdays.</source>
        <translation>Een week begint op een van de zeven dagen van de week.</translation>
    </message>
    <message>
        <source>A reminder falls on one of the seven weekdays.</source>
        <translation>Een herinnering valt op een van de zeven dagen van de week.</translation>
    </message>
    <message>
        <source>Keep between 1 and {limit} backups.</source>
        <translation>Bewaar tussen 1 en {limit} back-ups.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Do now</source>
        <translation>Nu doen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Delegate or negotiate</source>
        <translation>Delegeren of onderhandelen</translation>
    </message>
    <message>
        <source>Decline or drop</source>
        <translation>Afwijzen of laten vallen</translation>
    </message>
    <message>
        <source>Urgent and important: today&apos;s real work.</source>
        <translation>Urgent en belangrijk: het echte werk van vandaag.</translation>
    </message>
    <message>
        <source>Important, not urgent: protect time for it.</source>
        <translation>Belangrijk, niet urgent: houd er tijd voor vrij.</translation>
    </message>
    <message>
        <source>Urgent for someone, not for you: pass on or renegotiate.</source>
        <translation>Urgent voor een ander, niet voor jou: doorgeven of opnieuw afspreken.</translation>
    </message>
    <message>
        <source>Neither: say no kindly, or let it go.</source>
        <translation>Geen van beide: zeg vriendelijk nee, of laat het los.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n taak</numerusform>
            <numerusform>%n taken</numerusform>
        </translation>
    </message>
    <message>
        <source>Own planning</source>
        <translation>Eigen planning</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>te laat sinds %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>deadline %1</translation>
    </message>
</context>
</TS>
