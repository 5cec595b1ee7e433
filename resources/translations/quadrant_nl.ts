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
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
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
        <name>BinActions</name>
        <message>
            <source>Empty deleted &amp;tasks…</source>
            <translation>Verwijderde taken op&amp;ruimen…</translation>
        </message>
        <message>
            <source>Empty deleted tasks</source>
            <translation>Verwijderde taken opruimen</translation>
        </message>
        <message>
            <source>Remove every deleted task for good, with its history and replies? This cannot be undone, and the undo history is cleared.</source>
            <translation>Alle verwijderde taken voorgoed wissen, met hun geschiedenis en antwoorden? Dit kun je niet ongedaan maken, en de geschiedenis van Ongedaan maken wordt gewist.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Backup written and verified: {path}</source>
            <translation>Back-up gemaakt en gecontroleerd: {path}</translation>
        </message>
        <message>
            <source>{database} is damaged; see 'quadrant restore --help'.</source>
            <translation>{database} is beschadigd; zie 'quadrant restore --help'.</translation>
        </message>
        <message>
            <source>{database}: ok</source>
            <translation>{database}: in orde</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>onleesbaar</translation>
        </message>
        <message>
            <source>{count} task</source>
            <translation>{count} taak</translation>
        </message>
        <message>
            <source>{count} tasks</source>
            <translation>{count} taken</translation>
        </message>
        <message>
            <source>The damaged database was kept aside as {name}</source>
            <translation>De beschadigde database is apart bewaard als {name}</translation>
        </message>
        <message>
            <source>Restored {backup} into {database}</source>
            <translation>{backup} teruggezet in {database}</translation>
        </message>
        <message>
            <source>{count} match was not plain text and was left out.</source>
            <translation>{count} match was geen platte tekst en is weggelaten.</translation>
        </message>
        <message>
            <source>{count} matches were not plain text and were left out.</source>
            <translation>{count} matches waren geen platte tekst en zijn weggelaten.</translation>
        </message>
        <message>
            <source>Nothing to import from “{name}” {version}: {unchanged} unchanged, {skipped} skipped.</source>
            <translation>Niets te importeren uit “{name}” {version}: {unchanged} ongewijzigd, {skipped} overgeslagen.</translation>
        </message>
        <message>
            <source>Imported “{name}” {version}: {added} new, {replaced} replaced, {kept_both} kept both, {unchanged} unchanged, {skipped} skipped.</source>
            <translation>“{name}” {version} geïmporteerd: {added} nieuw, {replaced} vervangen, {kept_both} keer beide bewaard, {unchanged} ongewijzigd, {skipped} overgeslagen.</translation>
        </message>
        <message>
            <source>Wrote {count} template to {path}</source>
            <translation>{count} sjabloon opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Wrote {count} templates to {path}</source>
            <translation>{count} sjablonen opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Wrote week {week} ({format}, {variant}) to {path}</source>
            <translation>Week {week} ({format}, {variant}) opgeslagen in {path}</translation>
        </message>
        <message>
            <source> (+{count} more problem)</source>
            <translation> (en nog {count} probleem)</translation>
        </message>
        <message>
            <source> (+{count} more problems)</source>
            <translation> (en nog {count} problemen)</translation>
        </message>
        <message>
            <source>quadrant: error: {message}</source>
            <translation>quadrant: fout: {message}</translation>
        </message>
        <message>
            <source>Added the example week: {count} tasks in {folder}</source>
            <translation>Voorbeeldweek toegevoegd: {count} taken in {folder}</translation>
        </message>
        <message>
            <source>Removed {count} deleted task for good.</source>
            <translation>{count} verwijderde taak voorgoed gewist.</translation>
        </message>
        <message>
            <source>Removed {count} deleted tasks for good.</source>
            <translation>{count} verwijderde taken voorgoed gewist.</translation>
        </message>
        <message>
            <source>Imported {count} task from {file}: {created} new, {updated} updated, {unchanged} unchanged.</source>
            <translation>{count} taak geïmporteerd uit {file}: {created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.</translation>
        </message>
        <message>
            <source>Imported {count} tasks from {file}: {created} new, {updated} updated, {unchanged} unchanged.</source>
            <translation>{count} taken geïmporteerd uit {file}: {created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.</translation>
        </message>
        <message>
            <source>  skipped {where}: {reason}</source>
            <translation>  {where} overgeslagen: {reason}</translation>
        </message>
        <message>
            <source>  note: {where}: {reason}</source>
            <translation>  let op bij {where}: {reason}</translation>
        </message>
        <message>
            <source>  not tasks, left alone: {kinds}</source>
            <translation>  geen taken, ongemoeid gelaten: {kinds}</translation>
        </message>
        <message>
            <source>Wrote {count} task to {path}</source>
            <translation>{count} taak opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Wrote {count} tasks to {path}</source>
            <translation>{count} taken opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Wrote {tables} tables ({rows} rows) to {path}</source>
            <translation>{tables} tabellen ({rows} rijen) opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Restored {rows} rows from a snapshot of {moment} UTC.</source>
            <translation>{rows} rijen teruggezet uit een momentopname van {moment} UTC.</translation>
        </message>
    </context>
    <context>
        <name>CsvMappingDialog</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioriteit</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Aanvrager</translation>
        </message>
        <message>
            <source>List or categories</source>
            <translation>Lijst of categorieën</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Afgerond op</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Important</source>
            <translation>Belangrijk</translation>
        </message>
        <message>
            <source>Quadrant</source>
            <translation>Kwadrant</translation>
        </message>
        <message>
            <source>Effort (minutes)</source>
            <translation>Geschatte tijd (minuten)</translation>
        </message>
        <message>
            <source>Waiting until</source>
            <translation>Wacht tot</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Aangemaakt op</translation>
        </message>
        <message>
            <source>Unique ID</source>
            <translation>Unieke sleutel</translation>
        </message>
        <message>
            <source>Kind of row</source>
            <translation>Soort rij</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>%1 importeren</translation>
        </message>
        <message>
            <source>Choose what each column of the file holds. The preview shows the first rows as they will be imported; nothing is saved until you press Import.</source>
            <translation>Kies wat elke kolom van het bestand bevat. Het voorbeeld toont de eerste rijen zoals ze worden geïmporteerd; er wordt niets opgeslagen tot je op Importeren drukt.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolommen</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(niet in het bestand)</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Kolom %1</translation>
        </message>
        <message>
            <source>1 highest … 9 lowest (Outlook, iCalendar)</source>
            <translation>1 hoogste … 9 laagste (Outlook, iCalendar)</translation>
        </message>
        <message>
            <source>1 highest … 4 lowest (Todoist)</source>
            <translation>1 hoogste … 4 laagste (Todoist)</translation>
        </message>
        <message>
            <source>5 high, 3 medium, 1 low (TickTick)</source>
            <translation>5 hoog, 3 gemiddeld, 1 laag (TickTick)</translation>
        </message>
        <message>
            <source>Day first (31-12-2026)</source>
            <translation>Dag eerst (31-12-2026)</translation>
        </message>
        <message>
            <source>Month first (12/31/2026)</source>
            <translation>Maand eerst (12/31/2026)</translation>
        </message>
        <message>
            <source>Priority numbers:</source>
            <translation>Prioriteitsnummers:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Datums:</translation>
        </message>
        <message>
            <source>as the file's own dates show</source>
            <translation>zoals de datums in het bestand zelf laten zien</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Voorbeeld</translation>
        </message>
        <message>
            <source>The first rows as they will be imported</source>
            <translation>De eerste rijen zoals ze worden geïmporteerd</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rij</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Requester or list</source>
            <translation>Aanvrager of lijst</translation>
        </message>
        <message>
            <source>Rows that need attention</source>
            <translation>Rijen die aandacht nodig hebben</translation>
        </message>
        <message>
            <source>Choose the column that holds the titles.</source>
            <translation>Kies de kolom met de titels.</translation>
        </message>
        <message>
            <source>%1 will be skipped: %2</source>
            <translation>%1 wordt overgeslagen: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in the file; the preview shows the first %1.</source>
            <translation>
                <numerusform>%n rij in het bestand; het voorbeeld toont de eerste %1.</numerusform>
                <numerusform>%n rijen in het bestand; het voorbeeld toont de eerste %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
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
            <translation>&amp;Daarna:</translation>
        </message>
    </context>
    <context>
        <name>DraftPanel</name>
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
            <translation>Opnieu&amp;w opstellen vanuit sjabloon</translation>
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
            <source>Fill in before sending: %1</source>
            <translation>Vul in voor je verstuurt: %1</translation>
        </message>
        <message>
            <source>Edited by you: changing the choices no longer redrafts the text.</source>
            <translation>Door jou bewerkt: andere keuzes stellen de tekst niet meer opnieuw op.</translation>
        </message>
    </context>
    <context>
        <name>ExampleRemovalFlow</name>
        <message>
            <source>Remove example data</source>
            <translation>Voorbeeldgegevens verwijderen</translation>
        </message>
        <message>
            <source>Remove the example week for good? Its tasks go with their history and replies, and its requesters and reflection answers with them. Your own tasks stay, and so do answers you rewrote. This cannot be undone, and the undo history is cleared.</source>
            <translation>De voorbeeldweek voorgoed wissen? De taken ervan verdwijnen met hun geschiedenis en antwoorden, samen met de aanvragers en de terugblik van het voorbeeld. Je eigen taken blijven staan, net als antwoorden in de terugblik die je zelf herschreef. Dit kun je niet ongedaan maken, en de geschiedenis van Ongedaan maken wordt gewist.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export tasks</source>
            <translation>Taken exporteren</translation>
        </message>
        <message>
            <source>&amp;iCalendar (.ics): Outlook, Thunderbird, phones</source>
            <translation>&amp;iCalendar (.ics): Outlook, Thunderbird, telefoons</translation>
        </message>
        <message>
            <source>&amp;CSV (.csv): spreadsheets</source>
            <translation>&amp;CSV (.csv): spreadsheets</translation>
        </message>
        <message>
            <source>&amp;Open tasks (what the matrix shows)</source>
            <translation>&amp;Open taken (wat de matrix toont)</translation>
        </message>
        <message>
            <source>&amp;All tasks, also done and dropped ones</source>
            <translation>&amp;Alle taken, ook afgeronde en vervallen</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formaat</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export tasks</source>
            <translation>Taken exporteren</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) written to %1</source>
            <translation>
                <numerusform>%n taak weggeschreven naar %1</numerusform>
                <numerusform>%n taken weggeschreven naar %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing the tasks to %1…</source>
            <translation>De taken worden weggeschreven naar %1…</translation>
        </message>
        <message>
            <source>Export everything</source>
            <translation>Alles exporteren</translation>
        </message>
        <message>
            <source>Snapshot (*.json)</source>
            <translation>Momentopname (*.json)</translation>
        </message>
        <message>
            <source>Snapshot written: %1 (%2 rows)</source>
            <translation>Momentopname weggeschreven: %1 (%2 rijen)</translation>
        </message>
        <message>
            <source>Writing everything to %1…</source>
            <translation>Alles wordt weggeschreven naar %1…</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Export geannuleerd; er is niets weggeschreven.</translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message>
            <source>Report for</source>
            <translation>Verslag voor</translation>
        </message>
        <message>
            <source>My reflection (everything)</source>
            <translation>Mijn terugblik (alles)</translation>
        </message>
        <message>
            <source>Value report for my manager</source>
            <translation>Waardeverslag voor mijn leidinggevende</translation>
        </message>
        <message>
            <source>The value report leaves out your answers and the notes in the log.</source>
            <translation>Het waardeverslag laat je antwoorden en de notities in het logboek weg.</translation>
        </message>
        <message>
            <source>Hide other requesters' names</source>
            <translation>Namen van andere aanvragers verbergen</translation>
        </message>
        <message>
            <source>Manager the report is for</source>
            <translation>Leidinggevende voor wie het verslag is</translation>
        </message>
        <message>
            <source>(hide all names)</source>
            <translation>(alle namen verbergen)</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Taal van het verslag</translation>
        </message>
        <message>
            <source>&amp;Markdown…</source>
            <translation>&amp;Markdown…</translation>
        </message>
        <message>
            <source>&amp;HTML…</source>
            <translation>&amp;HTML…</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;CSV (events)…</source>
            <translation>&amp;CSV (gebeurtenissen)…</translation>
        </message>
        <message>
            <source>Export:</source>
            <translation>Exporteren:</translation>
        </message>
        <message>
            <source>Report language:</source>
            <translation>Taal van het verslag:</translation>
        </message>
        <message>
            <source>Export week %1</source>
            <translation>Week %1 exporteren</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>%1-bestanden (*.%2)</translation>
        </message>
        <message>
            <source>Not exported: the answers on screen could not be saved.</source>
            <translation>Niet geëxporteerd: de antwoorden op het scherm konden niet worden opgeslagen.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Bezig met exporteren…</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Opgeslagen in %1</translation>
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
        <name>HistoryDialog</name>
        <message>
            <source>History of reprioritisations</source>
            <translation>Geschiedenis van verschoven prioriteiten</translation>
        </message>
        <message>
            <source>&amp;Show in matrix</source>
            <translation>&amp;Tonen in de matrix</translation>
        </message>
        <message>
            <source>Only &amp;week:</source>
            <translation>Alleen &amp;week:</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Aanvrager</translation>
        </message>
        <message>
            <source>All requesters</source>
            <translation>Alle aanvragers</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Oorzaak</translation>
        </message>
        <message>
            <source>All causes</source>
            <translation>Alle oorzaken</translation>
        </message>
        <message>
            <source>Quadrant</source>
            <translation>Kwadrant</translation>
        </message>
        <message>
            <source>All quadrants</source>
            <translation>Alle kwadranten</translation>
        </message>
        <message>
            <source>Reprioritisations</source>
            <translation>Verschoven prioriteiten</translation>
        </message>
        <message>
            <source>No reprioritisations match these filters.</source>
            <translation>Geen verschoven prioriteiten die bij deze filters passen.</translation>
        </message>
        <message>
            <source>No reprioritisations yet: move a task and it shows up here.</source>
            <translation>Nog geen verschoven prioriteiten: verplaats een taak en hij verschijnt hier.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries shown; scroll down for older ones.</source>
            <translation>
                <numerusform>%n regel getoond; scrol omlaag voor oudere.</numerusform>
                <numerusform>%n regels getoond; scrol omlaag voor oudere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries.</source>
            <translation>
                <numerusform>%n regel.</numerusform>
                <numerusform>%n regels.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Taak</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Van → naar</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Oorzaak</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Aanvrager</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>New → %1</source>
            <translation>Nieuw → %1</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>An import is still running. Wait for it to finish first.</source>
            <translation>Er loopt nog een import. Wacht tot die klaar is.</translation>
        </message>
        <message>
            <source>%1 is a full Quadrant snapshot, not a task list. Use File → Restore from snapshot… to bring it back (only into an empty Quadrant).</source>
            <translation>%1 is een volledige momentopname van Quadrant, geen takenlijst. Zet hem terug met Bestand → Momentopname terugzetten… (alleen in een lege Quadrant).</translation>
        </message>
        <message>
            <source>%1 is not a file Quadrant can import. Choose an iCalendar (.ics) or CSV (.csv) file.</source>
            <translation>%1 is geen bestand dat Quadrant kan importeren. Kies een iCalendar-bestand (.ics) of een CSV-bestand (.csv).</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wordt gelezen…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Importing tasks</source>
            <translation>Taken importeren</translation>
        </message>
        <message>
            <source>Backing up before importing %1…</source>
            <translation>Back-up maken voor het importeren van %1…</translation>
        </message>
        <message>
            <source>Importing the tasks of %1…</source>
            <translation>De taken uit %1 worden geïmporteerd…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>Import geannuleerd; er is niets veranderd.</translation>
        </message>
        <message>
            <source>Nothing was imported. %1</source>
            <translation>Er is niets geïmporteerd. %1</translation>
        </message>
        <message>
            <source>Import tasks</source>
            <translation>Taken importeren</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryDialog</name>
        <message>
            <source>Not tasks, left alone:</source>
            <translation>Geen taken, met rust gelaten:</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import klaar</translation>
        </message>
        <message>
            <source>Skipped and adjusted items</source>
            <translation>Overgeslagen en aangepaste onderdelen</translation>
        </message>
        <message>
            <source>Quadrant held no data before the import, so no backup was needed.</source>
            <translation>Quadrant bevatte voor de import geen gegevens, dus er was geen back-up nodig.</translation>
        </message>
        <message>
            <source>Backup taken before import: %1
An import is not on the Undo list; Help → Restore from backup… brings that backup back.</source>
            <translation>Back-up gemaakt voor de import: %1
Een import staat niet in de lijst van Ongedaan maken; Help → Back-up terugzetten… zet die back-up terug.</translation>
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
@Name or @"Full Name": requester · !: urgent · *: important
today, tomorrow, a weekday, +3, 1-12 or 2026-12-01: due date</source>
            <translation>Typ een titel en druk op Enter om de taak aan het gekozen kwadrant toe te voegen.
@Naam of @"Volledige naam": aanvrager · !: urgent · *: belangrijk
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
            <source>&amp;Edit task…</source>
            <translation>Taak &amp;bewerken…</translation>
        </message>
        <message>
            <source>Quick &amp;capture</source>
            <translation>&amp;Snel vastleggen</translation>
        </message>
        <message>
            <source>Mark d&amp;one / reopen</source>
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
        <name>PackActions</name>
        <message>
            <source>Import te&amp;mplates…</source>
            <translation>Sjablonen im&amp;porteren…</translation>
        </message>
        <message>
            <source>&amp;Share templates…</source>
            <translation>Sjablonen &amp;delen…</translation>
        </message>
        <message>
            <source>Import “%1”</source>
            <translation>“%1” importeren</translation>
        </message>
        <message>
            <source>Nothing to import from “%1”: it is all here already.</source>
            <translation>Niets te importeren uit “%1”: alles is er al.</translation>
        </message>
        <message>
            <source>Imported “%1”: %2 new, %3 replaced, %4 kept both.</source>
            <translation>“%1” geïmporteerd: %2 nieuw, %3 vervangen, %4 keer beide bewaard.</translation>
        </message>
        <message>
            <source>Import templates</source>
            <translation>Sjablonen importeren</translation>
        </message>
        <message>
            <source>Template files (*.json *.yml *.yaml);;All files (*)</source>
            <translation>Sjabloonbestanden (*.json *.yml *.yaml);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Selected templates</source>
            <translation>Gekozen sjablonen</translation>
        </message>
        <message>
            <source>My own templates</source>
            <translation>Mijn eigen sjablonen</translation>
        </message>
        <message>
            <source>All templates</source>
            <translation>Alle sjablonen</translation>
        </message>
        <message>
            <source>Built-in templates</source>
            <translation>Ingebouwde sjablonen</translation>
        </message>
        <message>
            <source>Templates from packs</source>
            <translation>Sjablonen uit pakketten</translation>
        </message>
        <message>
            <source>Shared %1 templates in %2</source>
            <translation>%1 sjablonen gedeeld in %2</translation>
        </message>
        <message>
            <source>Left out: %1</source>
            <translation>Weggelaten: %1</translation>
        </message>
    </context>
    <context>
        <name>PackExportDialog</name>
        <message>
            <source>Share templates</source>
            <translation>Sjablonen delen</translation>
        </message>
        <message>
            <source>Templates to share</source>
            <translation>Te delen sjablonen</translation>
        </message>
        <message>
            <source>Pack to write</source>
            <translation>Te schrijven pakket</translation>
        </message>
        <message>
            <source>A new pack</source>
            <translation>Een nieuw pakket</translation>
        </message>
        <message>
            <source>Update “%1” (now %2)</source>
            <translation>“%1” bijwerken (nu %2)</translation>
        </message>
        <message>
            <source>My templates</source>
            <translation>Mijn sjablonen</translation>
        </message>
        <message>
            <source>Version, as MAJOR.MINOR.PATCH</source>
            <translation>Versie, als MAJOR.MINOR.PATCH</translation>
        </message>
        <message>
            <source>Replace personal names by placeholders</source>
            <translation>Persoonsnamen vervangen door invulvelden</translation>
        </message>
        <message>
            <source>Names of your requesters and your own name in subjects and texts become {requester}, {requester_first_name} and {my_name}.</source>
            <translation>Namen van je aanvragers en je eigen naam in onderwerpen en teksten worden {requester}, {requester_first_name} en {my_name}.</translation>
        </message>
        <message>
            <source>Quadrant template pack (one file)</source>
            <translation>Sjabloonpakket van Quadrant (één bestand)</translation>
        </message>
        <message>
            <source>Espanso package (a folder)</source>
            <translation>Espanso-pakket (een map)</translation>
        </message>
        <message>
            <source>Where to write it</source>
            <translation>Waar het komt te staan</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Bla&amp;deren…</translation>
        </message>
        <message>
            <source>&amp;Pack:</source>
            <translation>&amp;Pakket:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Auteur:</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Versie:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschrijving:</translation>
        </message>
        <message>
            <source>&amp;Licence:</source>
            <translation>&amp;Licentie:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formaat:</translation>
        </message>
        <message>
            <source>&amp;Save in:</source>
            <translation>&amp;Opslaan in:</translation>
        </message>
        <message>
            <source>There are no templates to share here.</source>
            <translation>Er zijn hier geen sjablonen om te delen.</translation>
        </message>
        <message>
            <source>Give the pack a name.</source>
            <translation>Geef het pakket een naam.</translation>
        </message>
        <message>
            <source>Write the version as three numbers, such as 1.0.0.</source>
            <translation>Schrijf de versie als drie getallen, zoals 1.0.0.</translation>
        </message>
        <message>
            <source>Choose where to save it.</source>
            <translation>Kies waar het moet komen.</translation>
        </message>
        <message>
            <source>1 template to share.</source>
            <translation>1 sjabloon om te delen.</translation>
        </message>
        <message>
            <source>%1 templates to share.</source>
            <translation>%1 sjablonen om te delen.</translation>
        </message>
        <message>
            <source>Folder to put the Espanso package in</source>
            <translation>Map voor het Espanso-pakket</translation>
        </message>
        <message>
            <source>Save the template pack</source>
            <translation>Het sjabloonpakket opslaan</translation>
        </message>
        <message>
            <source>Template packs (*%1)</source>
            <translation>Sjabloonpakketten (*%1)</translation>
        </message>
    </context>
    <context>
        <name>PackImportDialog</name>
        <message>
            <source>Changed: an update</source>
            <translation>Gewijzigd: een update</translation>
        </message>
        <message>
            <source>Changed: older than yours</source>
            <translation>Gewijzigd: ouder dan het jouwe</translation>
        </message>
        <message>
            <source>Conflict: you edited it</source>
            <translation>Conflict: jij hebt het bewerkt</translation>
        </message>
        <message>
            <source>Conflict: your own template</source>
            <translation>Conflict: je eigen sjabloon</translation>
        </message>
        <message>
            <source>Conflict: from another pack</source>
            <translation>Conflict: uit een ander pakket</translation>
        </message>
        <message>
            <source>Conflict: differs from the built-in</source>
            <translation>Conflict: wijkt af van het ingebouwde</translation>
        </message>
        <message>
            <source>Identical: kept as a copy earlier</source>
            <translation>Gelijk: eerder als kopie bewaard</translation>
        </message>
        <message>
            <source>Identical: in your bin</source>
            <translation>Gelijk: in je prullenbak</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <source>Identical</source>
            <translation>Gelijk</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Keep both adds the pack's text as “%1”.</source>
            <translation>Beide bewaren voegt de tekst uit het pakket toe als “%1”.</translation>
        </message>
        <message>
            <source>The pack changed this template and you did not: replacing updates it.</source>
            <translation>Het pakket heeft dit sjabloon gewijzigd en jij niet: vervangen werkt het bij.</translation>
        </message>
        <message>
            <source>The pack has an older version of this template than you do.</source>
            <translation>Het pakket heeft een oudere versie van dit sjabloon dan jij.</translation>
        </message>
        <message>
            <source>You changed this template after importing it.</source>
            <translation>Je hebt dit sjabloon na het importeren gewijzigd.</translation>
        </message>
        <message>
            <source>One of your own templates has the same identity.</source>
            <translation>Een van je eigen sjablonen heeft dezelfde identiteit.</translation>
        </message>
        <message>
            <source>This template came with another pack.</source>
            <translation>Dit sjabloon kwam met een ander pakket.</translation>
        </message>
        <message>
            <source>A built-in template is never replaced.</source>
            <translation>Een ingebouwd sjabloon wordt nooit vervangen.</translation>
        </message>
        <message>
            <source>You kept this text as a copy before; nothing to do.</source>
            <translation>Je hebt deze tekst al eerder als kopie bewaard; niets te doen.</translation>
        </message>
        <message>
            <source>You have exactly this template, in your bin; nothing to do.</source>
            <translation>Je hebt precies dit sjabloon, in je prullenbak; niets te doen.</translation>
        </message>
        <message>
            <source>This template is not in your library yet.</source>
            <translation>Dit sjabloon staat nog niet in je bibliotheek.</translation>
        </message>
        <message>
            <source>Your library already has exactly this template; nothing to do.</source>
            <translation>Je bibliotheek heeft precies dit sjabloon al; niets te doen.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Overslaan</translation>
        </message>
        <message>
            <source>Replace yours</source>
            <translation>Het jouwe vervangen</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Beide bewaren</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Naam: %1</translation>
        </message>
        <message>
            <source>Kind: %1 · Tone: %2 · Language: %3</source>
            <translation>Soort: %1 · Toon: %2 · Taal: %3</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Labels: %1</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Onderwerp: %1</translation>
        </message>
        <message>
            <source>Import templates</source>
            <translation>Sjablonen importeren</translation>
        </message>
        <message>
            <source>In your library</source>
            <translation>In je bibliotheek</translation>
        </message>
        <message>
            <source>In the pack</source>
            <translation>In het pakket</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <source>“%1”, version %2</source>
            <translation>“%1”, versie %2</translation>
        </message>
        <message>
            <source>, by %1</source>
            <translation>, van %1</translation>
        </message>
        <message>
            <source>An update: you have version %1.</source>
            <translation>Een update: je hebt versie %1.</translation>
        </message>
        <message>
            <source>You imported version %1 of this pack before.</source>
            <translation>Je hebt versie %1 van dit pakket al eerder geïmporteerd.</translation>
        </message>
        <message>
            <source>Left out (not plain text): %1</source>
            <translation>Weggelaten (geen platte tekst): %1</translation>
        </message>
        <message>
            <source>Templates in the pack</source>
            <translation>Sjablonen in het pakket</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Sjabloon</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <source>Decision for %1</source>
            <translation>Besluit voor %1</translation>
        </message>
        <message>
            <source>%1 to import, %2 to replace, %3 to keep both, %4 skipped or identical.</source>
            <translation>%1 te importeren, %2 te vervangen, %3 keer beide bewaren, %4 overgeslagen of gelijk.</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation>Dit bestand kan niet worden geïmporteerd</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Er is niets veranderd.</translation>
        </message>
        <message>
            <source>Nothing was changed. The file has %1 more problems; see the details.</source>
            <translation>Er is niets veranderd. Het bestand heeft nog %1 problemen; zie de details.</translation>
        </message>
    </context>
    <context>
        <name>Plurals</name>
        <message numerus="yes">
            <source>%n task(s) imported from %1</source>
            <translation>
                <numerusform>%n taak geïmporteerd uit %1</numerusform>
                <numerusform>%n taken geïmporteerd uit %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n nieuw</numerusform>
                <numerusform>%n nieuw</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n bijgewerkt</numerusform>
                <numerusform>%n bijgewerkt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n ongewijzigd</numerusform>
                <numerusform>%n ongewijzigd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n overgeslagen</numerusform>
                <numerusform>%n overgeslagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped (%n):</source>
            <translation>
                <numerusform>Overgeslagen (%n):</numerusform>
                <numerusform>Overgeslagen (%n):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported with a change (%n):</source>
            <translation>
                <numerusform>Geïmporteerd met een aanpassing (%n):</numerusform>
                <numerusform>Geïmporteerd met een aanpassing (%n):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n taak</numerusform>
                <numerusform>%n taken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted task(s) removed for good.</source>
            <translation>
                <numerusform>%n verwijderde taak voorgoed gewist.</numerusform>
                <numerusform>%n verwijderde taken voorgoed gewist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Example week removed: %n task(s).</source>
            <translation>
                <numerusform>Voorbeeldweek verwijderd: %n taak.</numerusform>
                <numerusform>Voorbeeldweek verwijderd: %n taken.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kept %n reflection answer(s) you rewrote.</source>
            <translation>
                <numerusform>%n antwoord in de terugblik dat je herschreef, is bewaard.</numerusform>
                <numerusform>%n antwoorden in de terugblik die je herschreef, zijn bewaard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) in %1. Choose one and Import to review it.</source>
            <translation>
                <numerusform>%n pakket in %1. Kies het en klik op Importeren om het te bekijken.</numerusform>
                <numerusform>%n pakketten in %1. Kies er een en klik op Importeren om het te bekijken.</numerusform>
            </translation>
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
        <name>ReflectionActions</name>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Geschiedenis…</translation>
        </message>
        <message>
            <source>Every change of priority, and why (Ctrl+H)</source>
            <translation>Elke verschoven prioriteit, en waarom (Ctrl+H)</translation>
        </message>
        <message>
            <source>Weekly &amp;reflection…</source>
            <translation>Wekelijkse &amp;terugblik…</translation>
        </message>
        <message>
            <source>Re&amp;view</source>
            <translation>Te&amp;rugblik</translation>
        </message>
        <message>
            <source>Reason saved with the move.</source>
            <translation>Reden opgeslagen bij de verplaatsing.</translation>
        </message>
        <message>
            <source>Quadrant will not ask again; Settings turns it back on.</source>
            <translation>Quadrant vraagt het niet meer; in Instellingen zet je het weer aan.</translation>
        </message>
    </context>
    <context>
        <name>ReflectionDialog</name>
        <message>
            <source>Weekly reflection</source>
            <translation>Wekelijkse terugblik</translation>
        </message>
        <message>
            <source>Completed work per quadrant</source>
            <translation>Afgerond werk per kwadrant</translation>
        </message>
        <message>
            <source>Nothing was completed.</source>
            <translation>Er is niets afgerond.</translation>
        </message>
        <message>
            <source>Urgent requests per requester</source>
            <translation>Urgente verzoeken per aanvrager</translation>
        </message>
        <message>
            <source>No urgent requests.</source>
            <translation>Geen urgente verzoeken.</translation>
        </message>
        <message>
            <source>Replies sent per kind</source>
            <translation>Verstuurde antwoorden per soort</translation>
        </message>
        <message>
            <source>No replies sent.</source>
            <translation>Geen antwoorden verstuurd.</translation>
        </message>
        <message>
            <source>Past reflections</source>
            <translation>Eerdere terugblikken</translation>
        </message>
        <message>
            <source>This &amp;week's moves…</source>
            <translation>&amp;Verplaatsingen van deze week…</translation>
        </message>
        <message>
            <source>The week in numbers</source>
            <translation>De week in cijfers</translation>
        </message>
        <message>
            <source>Past reflections…</source>
            <translation>Eerdere terugblikken…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Opgeslagen</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Bezig met bewerken…</translation>
        </message>
        <message>
            <source>Not saved: %1 Close again to leave without saving.</source>
            <translation>Niet opgeslagen: %1 Sluit nogmaals om te stoppen zonder op te slaan.</translation>
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
            <translation>Ver&amp;plaatsen naar</translation>
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
            <translation>Too&amp;n:</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>S&amp;jabloon:</translation>
        </message>
        <message>
            <source>&amp;Proposed date:</source>
            <translation>Voorgestelde dat&amp;um:</translation>
        </message>
        <message>
            <source>&amp;Redirect to:</source>
            <translation>Doo&amp;rverwijzen naar:</translation>
        </message>
        <message>
            <source>&amp;Give way:</source>
            <translation>&amp;Plaatsmaken:</translation>
        </message>
        <message>
            <source>Sig&amp;n as:</source>
            <translation>Onder&amp;tekenen als:</translation>
        </message>
        <message>
            <source>&amp;Copy text</source>
            <translation>Tekst kop&amp;iëren</translation>
        </message>
        <message>
            <source>Open in &amp;mail program</source>
            <translation>Openen in &amp;mailprogramma</translation>
        </message>
        <message>
            <source>Save as t&amp;emplate…</source>
            <translation>Opslaan a&amp;ls sjabloon…</translation>
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
        <name>RestoreDialog</name>
        <message>
            <source>At start</source>
            <translation>Bij het starten</translation>
        </message>
        <message>
            <source>While working</source>
            <translation>Tijdens het werk</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Voor een import</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Voor een update</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Voor het terugzetten</translation>
        </message>
        <message>
            <source>Backed up by you</source>
            <translation>Door jou gemaakt</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Back-up terugzetten</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Back-ups, nieuwste eerst</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Gemaakt</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Probleem</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Terugzetten</translation>
        </message>
        <message>
            <source>Choose the backup to bring back. What is in Quadrant now is backed up first, so a restore can itself be undone by restoring that backup.</source>
            <translation>Kies de back-up die je terug wilt zetten. Wat nu in Quadrant staat, krijgt eerst zelf een back-up; zo kun je ook het terugzetten weer terugdraaien.</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>onleesbaar</translation>
        </message>
        <message>
            <source>There are no backups yet.</source>
            <translation>Er zijn nog geen back-ups.</translation>
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
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Menus and dialogs switch at once.</source>
            <translation>Menu's en vensters wisselen meteen.</translation>
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
            <source>&amp;Remind me to look back on the week</source>
            <translation>&amp;Herinner me aan de terugblik op de week</translation>
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
            <source>O&amp;n:</source>
            <translation>O&amp;p:</translation>
        </message>
        <message>
            <source>Team template folder</source>
            <translation>Sjablonenmap van het team</translation>
        </message>
        <message>
            <source>A shared folder with your team's templates</source>
            <translation>Een gedeelde map met de sjablonen van je team</translation>
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
            <source>Quadrant also backs up by itself while you work, and keeps older ones thinned out.</source>
            <translation>Quadrant maakt ook zelf back-ups terwijl je werkt, en dunt oudere back-ups uit.</translation>
        </message>
        <message>
            <source>Backups:</source>
            <translation>Back-ups:</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Nu een &amp;back-up maken</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <source>&amp;Ask why when a task changes quadrant</source>
            <translation>Vraag &amp;waarom als een taak van kwadrant wisselt</translation>
        </message>
        <message>
            <source>Brow&amp;se…</source>
            <translation>Bla&amp;deren…</translation>
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
            <source>Se&amp;ttings…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <source>Remove example &amp;data</source>
            <translation>Voorbeeldgegevens &amp;verwijderen</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Naar %1</translation>
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
        <name>StartupGuard</name>
        <message>
            <source>Quadrant's database is damaged, so it was not opened. It has been kept, unchanged, as:
%1

Choose a backup to restore; Quadrant then opens it.</source>
            <translation>De database van Quadrant is beschadigd en is daarom niet geopend. Hij is ongewijzigd bewaard als:
%1

Kies een back-up om terug te zetten; Quadrant opent die dan.</translation>
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
            <source>I&amp;mportant</source>
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
            <translation>Gege&amp;vens…</translation>
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
            <translation>Geschatte ti&amp;jd:</translation>
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
        <name>TeamOffersDialog</name>
        <message>
            <source>Team folder</source>
            <translation>Teammap</translation>
        </message>
        <message>
            <source>New: “%1”, version %2</source>
            <translation>Nieuw: “%1”, versie %2</translation>
        </message>
        <message>
            <source>Update: “%1”, version %2</source>
            <translation>Update: “%1”, versie %2</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Bekijken…</translation>
        </message>
        <message>
            <source>Review %1</source>
            <translation>%1 bekijken</translation>
        </message>
        <message>
            <source>These files in the team folder could not be read:</source>
            <translation>Deze bestanden in de teammap konden niet worden gelezen:</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nu niet</translation>
        </message>
    </context>
    <context>
        <name>TeamTemplates</name>
        <message>
            <source>Cannot be read</source>
            <translation>Onleesbaar</translation>
        </message>
        <message>
            <source>New, version %1</source>
            <translation>Nieuw, versie %1</translation>
        </message>
        <message>
            <source>Update to version %1</source>
            <translation>Bijwerken naar versie %1</translation>
        </message>
        <message>
            <source>Up to date, version %1</source>
            <translation>Bijgewerkt, versie %1</translation>
        </message>
        <message>
            <source>No team folder is chosen. Choose one in Settings (Ctrl+,).</source>
            <translation>Er is geen teammap gekozen. Kies er een in Instellingen (Ctrl+,).</translation>
        </message>
        <message>
            <source>Reading the team folder…</source>
            <translation>De teammap wordt gelezen…</translation>
        </message>
        <message>
            <source>The team folder %1 has no template packs.</source>
            <translation>De teammap %1 bevat geen sjabloonpakketten.</translation>
        </message>
        <message>
            <source>“%1”, version %2, by %3</source>
            <translation>“%1”, versie %2, van %3</translation>
        </message>
        <message>
            <source>“%1”, version %2</source>
            <translation>“%1”, versie %2</translation>
        </message>
        <message>
            <source>New: %1 · Changed: %2 · Conflicts: %3 · Already here: %4</source>
            <translation>Nieuw: %1 · Gewijzigd: %2 · Conflicten: %3 · Al aanwezig: %4</translation>
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
            <translation>Gescheiden door komma's, bijvoorbeeld werkdruk, vergaderingen</translation>
        </message>
        <message>
            <source>Problem in the template</source>
            <translation>Probleem in het sjabloon</translation>
        </message>
        <message>
            <source>&amp;Go to problem</source>
            <translation>Naar &amp;het probleem</translation>
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
            <translation>Invulveld invoe&amp;gen</translation>
        </message>
        <message>
            <source>Insert the selected placeholder</source>
            <translation>Het gekozen invulveld invoegen</translation>
        </message>
        <message>
            <source>&amp;Placeholders:</source>
            <translation>&amp;Invulvelden:</translation>
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
            <translation>Alle soorten</translation>
        </message>
        <message>
            <source>Show tone</source>
            <translation>Toon tonen</translation>
        </message>
        <message>
            <source>All tones</source>
            <translation>Alle tonen</translation>
        </message>
        <message>
            <source>Show language</source>
            <translation>Taal tonen</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Alle talen</translation>
        </message>
        <message>
            <source>Show source</source>
            <translation>Herkomst tonen</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Alle herkomsten</translation>
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
            <translation>Nie&amp;uw</translation>
        </message>
        <message>
            <source>Dup&amp;licate</source>
            <translation>&amp;Dupliceren</translation>
        </message>
        <message>
            <source>Und&amp;o</source>
            <translation>Ongedaan m&amp;aken</translation>
        </message>
        <message>
            <source>Discard c&amp;hanges</source>
            <translation>&amp;Wijzigingen negeren</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>O&amp;pslaan</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>Team folder</source>
            <translation>Teammap</translation>
        </message>
        <message>
            <source>&amp;Restore defaults</source>
            <translation>&amp;Standaard herstellen</translation>
        </message>
        <message>
            <source>Shar&amp;e…</source>
            <translation>Delen met &amp;collega's…</translation>
        </message>
        <message>
            <source>I&amp;mport…</source>
            <translation>I&amp;mporteren…</translation>
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
            <source>Share the chosen or shown templates</source>
            <translation>De gekozen of getoonde sjablonen delen</translation>
        </message>
        <message>
            <source>Review and import the team pack</source>
            <translation>Het teampakket bekijken en importeren</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
        <message numerus="yes">
            <source>The %n templates shown</source>
            <translation>
                <numerusform>%n getoond sjabloon</numerusform>
                <numerusform>%n getoonde sjablonen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n chosen templates</source>
            <translation>
                <numerusform>%n gekozen sjabloon</numerusform>
                <numerusform>%n gekozen sjablonen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>&amp;Import tasks…</source>
            <translation>Taken imp&amp;orteren…</translation>
        </message>
        <message>
            <source>E&amp;xport tasks…</source>
            <translation>Taken e&amp;xporteren…</translation>
        </message>
        <message>
            <source>Export &amp;everything (snapshot)…</source>
            <translation>Alles exporteren (&amp;momentopname)…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Nu een &amp;back-up maken</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Back-up &amp;terugzetten…</translation>
        </message>
        <message>
            <source>Import tasks</source>
            <translation>Taken importeren</translation>
        </message>
        <message>
            <source>Task files (*.ics *.csv *.tsv *.txt);;iCalendar (*.ics);;CSV (*.csv)</source>
            <translation>Takenbestanden (*.ics *.csv *.tsv *.txt);;iCalendar (*.ics);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Snapshot (*.json)</source>
            <translation>Momentopname (*.json)</translation>
        </message>
        <message>
            <source>Restore from snapshot</source>
            <translation>Momentopname terugzetten</translation>
        </message>
        <message>
            <source>&amp;Restore from snapshot…</source>
            <translation>Momentopname &amp;terugzetten…</translation>
        </message>
        <message>
            <source>Quadrant already holds tasks or other data, and a snapshot replaces everything, so it is only restored into an empty Quadrant. To restore it, start Quadrant with an empty data folder (quadrant --data-dir NEW_FOLDER) and choose File → Restore from snapshot… there, or use 'quadrant restore-snapshot'.</source>
            <translation>Quadrant bevat al taken of andere gegevens, en een momentopname vervangt alles; daarom gaat hij alleen terug in een lege Quadrant. Start Quadrant dan met een lege gegevensmap (quadrant --data-dir NIEUWE_MAP) en kies daar Bestand → Momentopname terugzetten…, of gebruik 'quadrant restore-snapshot'.</translation>
        </message>
        <message>
            <source>Restoring %1…</source>
            <translation>%1 wordt teruggezet…</translation>
        </message>
        <message>
            <source>Snapshot restored: %1 rows from %2</source>
            <translation>Momentopname teruggezet: %1 rijen uit %2</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Nu een back-up maken</translation>
        </message>
        <message>
            <source>Backup written and verified: %1</source>
            <translation>Back-up gemaakt en gecontroleerd: %1</translation>
        </message>
        <message>
            <source>Backup restored: %1</source>
            <translation>Back-up teruggezet: %1</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Quick &amp;capture…</source>
            <translation>&amp;Snel vastleggen…</translation>
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
        <name>UndoRedoActions</name>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Ongedaan maken: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>O&amp;pnieuw: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>O&amp;pnieuw</translation>
        </message>
    </context>
    <context>
        <name>WeekPicker</name>
        <message>
            <source>Week %1</source>
            <translation>Week %1</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Vorige week</translation>
        </message>
        <message>
            <source>Previous week (Alt+Left)</source>
            <translation>Vorige week (Alt+Links)</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Volgende week</translation>
        </message>
        <message>
            <source>Next week (Alt+Right)</source>
            <translation>Volgende week (Alt+Rechts)</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
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
        <name>WhyPrompt</name>
        <message>
            <source>Why this move?</source>
            <translation>Waarom deze verplaatsing?</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Notitie (mag leeg blijven)</translation>
        </message>
        <message>
            <source>Note about this move</source>
            <translation>Notitie bij deze verplaatsing</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nu niet</translation>
        </message>
        <message>
            <source>Don't ask again</source>
            <translation>Niet meer vragen</translation>
        </message>
        <message>
            <source>Turn this question off; Settings turns it back on.</source>
            <translation>Deze vraag uitzetten; in Instellingen zet je hem weer aan.</translation>
        </message>
        <message numerus="yes">
            <source>Why did %n task(s) move to %1?</source>
            <translation>
                <numerusform>Waarom ging %n taak naar %1?</numerusform>
                <numerusform>Waarom gingen %n taken naar %1?</numerusform>
            </translation>
        </message>
        <message>
            <source>Why did “%1” move to %2?</source>
            <translation>Waarom ging “%1” naar %2?</translation>
        </message>
        <message>
            <source>Choose a reason or type a note</source>
            <translation>Kies een reden of typ een notitie</translation>
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
            <source>The file is not complete JSON: a value is missing at line {line}, column {column}.</source>
            <translation>Het bestand is geen volledige JSON: er ontbreekt een waarde op regel {line}, kolom {column}.</translation>
        </message>
        <message>
            <source>The file is not complete JSON: a comma is missing at line {line}, column {column}.</source>
            <translation>Het bestand is geen volledige JSON: er ontbreekt een komma op regel {line}, kolom {column}.</translation>
        </message>
        <message>
            <source>The file is not complete JSON: a colon is missing at line {line}, column {column}.</source>
            <translation>Het bestand is geen volledige JSON: er ontbreekt een dubbele punt op regel {line}, kolom {column}.</translation>
        </message>
        <message>
            <source>The file is not complete JSON: a field name in double quotes is missing at line {line}, column {column}.</source>
            <translation>Het bestand is geen volledige JSON: er ontbreekt een veldnaam tussen dubbele aanhalingstekens op regel {line}, kolom {column}.</translation>
        </message>
        <message>
            <source>The file is not complete JSON: the text that starts at line {line}, column {column} is never closed.</source>
            <translation>Het bestand is geen volledige JSON: de tekst die begint op regel {line}, kolom {column}, wordt nergens afgesloten.</translation>
        </message>
        <message>
            <source>The file is not complete JSON: something follows the end of the data at line {line}, column {column}.</source>
            <translation>Het bestand is geen volledige JSON: na het einde van de gegevens staat nog iets, op regel {line}, kolom {column}.</translation>
        </message>
        <message>
            <source>The file is not complete JSON: a control character at line {line}, column {column}.</source>
            <translation>Het bestand is geen volledige JSON: er staat een stuurteken op regel {line}, kolom {column}.</translation>
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
            <source>A page holds 1 to {limit} entries.</source>
            <translation>Een pagina bevat 1 tot {limit} regels.</translation>
        </message>
        <message>
            <source>“{reason}” is not a reason Quadrant knows.</source>
            <translation>“{reason}” is geen reden die Quadrant kent.</translation>
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
            <source>The age of deleted tasks cannot be negative.</source>
            <translation>De ouderdom van verwijderde taken kan niet negatief zijn.</translation>
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
            <source>The database at {path} is read-only ({reason}); Quadrant cannot save changes there.</source>
            <translation>De database in {path} is alleen-lezen ({reason}); Quadrant kan daar geen wijzigingen opslaan.</translation>
        </message>
        <message>
            <source>Cannot create the database at {path}: {reason}</source>
            <translation>De database in {path} kan niet worden aangemaakt: {reason}</translation>
        </message>
        <message>
            <source>This data folder already holds data (table {table}); a snapshot can only be restored into an empty one.</source>
            <translation>Deze gegevensmap bevat al gegevens (tabel {table}); een momentopname gaat alleen terug in een lege map.</translation>
        </message>
        <message>
            <source>{path} is too large to import.</source>
            <translation>{path} is te groot om te importeren.</translation>
        </message>
        <message>
            <source>{name} is not a file Quadrant can import: it takes tasks (.ics, .csv), template packs, Espanso package.yml files and snapshots.</source>
            <translation>{name} is geen bestand dat Quadrant kan importeren: Quadrant leest taken (.ics, .csv), sjabloonpakketten, pakketten van Espanso (package.yml) en momentopnamen.</translation>
        </message>
        <message>
            <source>Say --format ics or --format csv, or name the file .ics or .csv.</source>
            <translation>Geef --format ics of --format csv op, of laat de bestandsnaam eindigen op .ics of .csv.</translation>
        </message>
        <message>
            <source>{database} is not a Quadrant database.</source>
            <translation>{database} is geen database van Quadrant.</translation>
        </message>
        <message>
            <source>{folder} already holds Quadrant data; restore a snapshot into an empty folder.</source>
            <translation>{folder} bevat al gegevens van Quadrant; zet een momentopname terug in een lege map.</translation>
        </message>
        <message>
            <source>The snapshot's schema {revision} is unknown to this Quadrant.</source>
            <translation>Het schema {revision} van de momentopname is onbekend voor deze Quadrant.</translation>
        </message>
        <message>
            <source>The text has a broken character that cannot be saved. Remove or retype it and try again.</source>
            <translation>De tekst bevat een kapot teken dat niet kan worden opgeslagen. Haal het weg of typ het opnieuw en probeer het nog eens.</translation>
        </message>
        <message>
            <source>The database is busy in another program. Try again in a moment.</source>
            <translation>De database is bezet door een ander programma. Probeer het zo nog eens.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again; nothing was lost.</source>
            <translation>De schijf is vol. Maak wat ruimte vrij en probeer het opnieuw; er is niets verloren.</translation>
        </message>
        <message>
            <source>The data folder is read-only. Quadrant cannot save changes there.</source>
            <translation>De gegevensmap is alleen-lezen. Quadrant kan daar geen wijzigingen opslaan.</translation>
        </message>
        <message>
            <source>Quadrant could not write to the disk: it may be full or failing. Nothing saved before was lost; free some space and try again.</source>
            <translation>Quadrant kon niet naar de schijf schrijven: die is misschien vol of defect. Wat al was opgeslagen, is niet verloren; maak wat ruimte vrij en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Quadrant cannot open its database: the data folder may be read-only or gone. Nothing saved before was lost.</source>
            <translation>Quadrant kan de database niet openen: de gegevensmap is misschien alleen-lezen of weg. Wat al was opgeslagen, is niet verloren.</translation>
        </message>
        <message>
            <source>The database could not be used: {detail}</source>
            <translation>De database kon niet worden gebruikt: {detail}</translation>
        </message>
        <message>
            <source>Nothing was opened: the database is damaged. It was kept as {path}. The next start begins with an empty database; a backup can still be brought back with Help → Restore from backup… or 'quadrant restore newest'.</source>
            <translation>Er is niets geopend: de database is beschadigd. Hij is bewaard als {path}. De volgende start begint met een lege database; een back-up zet je nog terug met Help → Back-up terugzetten… of 'quadrant restore newest'.</translation>
        </message>
        <message>
            <source>Unknown placeholder {placeholder}.</source>
            <translation>Onbekend invulveld {placeholder}.</translation>
        </message>
        <message>
            <source>Template text is {length} characters long; the maximum is {limit}.</source>
            <translation>De tekst van het sjabloon is {length} tekens lang; het maximum is {limit}.</translation>
        </message>
        <message>
            <source>Empty placeholder {} at line {line}, column {column}: write a name such as {task}, or {{ and }} for literal braces.</source>
            <translation>Leeg invulveld {} op regel {line}, kolom {column}: schrijf een naam zoals {task}, of {{ en }} voor gewone accolades.</translation>
        </message>
        <message>
            <source>Unknown placeholder {placeholder} at line {line}, column {column}: a name uses only lowercase letters a-z and underscores.</source>
            <translation>Onbekend invulveld {placeholder} op regel {line}, kolom {column}: een naam bevat alleen kleine letters a-z en liggende streepjes.</translation>
        </message>
        <message>
            <source>Unknown placeholder {placeholder} at line {line}, column {column}. Did you mean {suggestion}? Known placeholders: {known}.</source>
            <translation>Onbekend invulveld {placeholder} op regel {line}, kolom {column}. Bedoel je {suggestion}? Bekende invulvelden: {known}.</translation>
        </message>
        <message>
            <source>Unknown placeholder {placeholder} at line {line}, column {column}. Known placeholders: {known}.</source>
            <translation>Onbekend invulveld {placeholder} op regel {line}, kolom {column}. Bekende invulvelden: {known}.</translation>
        </message>
        <message>
            <source>Unmatched '}' at line {line}, column {column}: write '}}' for a literal brace.</source>
            <translation>Losse '}' op regel {line}, kolom {column}: schrijf '}}' voor een gewone accolade.</translation>
        </message>
        <message>
            <source>Unclosed placeholder '{fragment}' at line {line}, column {column}: close it with '}' or write '{{' for a literal brace.</source>
            <translation>Niet afgesloten invulveld '{fragment}' op regel {line}, kolom {column}: sluit het af met '}' of schrijf '{{' voor een gewone accolade.</translation>
        </message>
        <message>
            <source>The value for {placeholder} must be text, not {type}.</source>
            <translation>De waarde voor {placeholder} moet tekst zijn, geen {type}.</translation>
        </message>
        <message>
            <source>A pack is a JSON object, not {found}.</source>
            <translation>Een pakket is een JSON-object, geen {found}.</translation>
        </message>
        <message>
            <source>The pack is empty.</source>
            <translation>Het pakket is leeg.</translation>
        </message>
        <message>
            <source>This is not a Quadrant template pack: "format" must name {name}.</source>
            <translation>Dit is geen sjabloonpakket van Quadrant: "format" moet {name} noemen.</translation>
        </message>
        <message>
            <source>The format version must be a whole number, not {found}.</source>
            <translation>De formaatversie moet een geheel getal zijn, geen {found}.</translation>
        </message>
        <message>
            <source>This pack was made by a newer Quadrant (pack format {version}; this Quadrant reads up to {supported}). Update Quadrant to import it.</source>
            <translation>Dit pakket is gemaakt met een nieuwere Quadrant (pakketformaat {version}; deze Quadrant leest tot en met {supported}). Werk Quadrant bij om het te importeren.</translation>
        </message>
        <message>
            <source>The pack has no template {uid}.</source>
            <translation>Het pakket heeft geen sjabloon {uid}.</translation>
        </message>
        <message>
            <source>“{name}” cannot be imported with “{decision}”.</source>
            <translation>“{name}” kan niet worden geïmporteerd met “{decision}”.</translation>
        </message>
        <message>
            <source>Expected an object, found {found}.</source>
            <translation>Hier hoort een object, maar er staat {found}.</translation>
        </message>
        <message>
            <source>This field appears more than once.</source>
            <translation>Dit veld komt meer dan eens voor.</translation>
        </message>
        <message>
            <source>Unknown field "{field}"; the fields here are: {known}.</source>
            <translation>Onbekend veld "{field}"; de velden hier zijn: {known}.</translation>
        </message>
        <message>
            <source>Missing field "{field}".</source>
            <translation>Het veld "{field}" ontbreekt.</translation>
        </message>
        <message>
            <source>The version "{value}" is not MAJOR.MINOR.PATCH, such as 1.2.0.</source>
            <translation>De versie "{value}" heeft niet de vorm MAJOR.MINOR.PATCH, zoals 1.2.0.</translation>
        </message>
        <message>
            <source>"{value}" is not a date and time such as 2026-11-18T09:00:00Z.</source>
            <translation>"{value}" is geen datum en tijd zoals 2026-11-18T09:00:00Z.</translation>
        </message>
        <message>
            <source>Expected a list of language codes, found {found}.</source>
            <translation>Hier hoort een lijst met taalcodes, maar er staat {found}.</translation>
        </message>
        <message>
            <source>Expected a list of templates, found {found}.</source>
            <translation>Hier hoort een lijst met sjablonen, maar er staat {found}.</translation>
        </message>
        <message>
            <source>The pack has {count} templates; the limit is {limit}.</source>
            <translation>Het pakket heeft {count} sjablonen; het maximum is {limit}.</translation>
        </message>
        <message>
            <source>This uid is used twice (first at {other}).</source>
            <translation>Deze uid komt twee keer voor (de eerste keer bij {other}).</translation>
        </message>
        <message>
            <source>Expected a list of tags, found {found}.</source>
            <translation>Hier hoort een lijst met labels, maar er staat {found}.</translation>
        </message>
        <message>
            <source>There are {count} tags; the limit is {limit}.</source>
            <translation>Er zijn {count} labels; het maximum is {limit}.</translation>
        </message>
        <message>
            <source>A tag may not be empty.</source>
            <translation>Een label mag niet leeg zijn.</translation>
        </message>
        <message>
            <source>The version must be a whole number from 1, not {found}.</source>
            <translation>De versie moet een geheel getal vanaf 1 zijn, geen {found}.</translation>
        </message>
        <message>
            <source>A uid must be non-empty, without spaces or control characters.</source>
            <translation>Een uid mag niet leeg zijn en geen spaties of stuurtekens bevatten.</translation>
        </message>
        <message>
            <source>{value} is not allowed here; use one of: {allowed}.</source>
            <translation>{value} is hier niet toegestaan; gebruik een van: {allowed}.</translation>
        </message>
        <message>
            <source>This may not be empty.</source>
            <translation>Dit mag niet leeg zijn.</translation>
        </message>
        <message>
            <source>Expected text, found {found}.</source>
            <translation>Hier hoort tekst, maar er staat {found}.</translation>
        </message>
        <message>
            <source>This text is {count} characters long; the limit is {limit}.</source>
            <translation>Deze tekst is {count} tekens lang; het maximum is {limit}.</translation>
        </message>
        <message>
            <source>Names may not contain &lt; or &gt; (character {position}): markup is refused so that no screen can ever show it as a link.</source>
            <translation>Namen mogen geen &lt; of &gt; bevatten (teken {position}): opmaak wordt geweigerd, zodat geen scherm er ooit een link van maakt.</translation>
        </message>
        <message>
            <source>A line break is not allowed here (character {position}).</source>
            <translation>Een regeleinde is hier niet toegestaan (teken {position}).</translation>
        </message>
        <message>
            <source>Character {position} ({code}) is a control or invalid character.</source>
            <translation>Teken {position} ({code}) is een stuurteken of een ongeldig teken.</translation>
        </message>
        <message>
            <source>The YAML file uses an alias (*name) at line {line}; aliases are not accepted because a few of them can blow a small file up to gigabytes.</source>
            <translation>Het YAML-bestand gebruikt een alias (*naam) op regel {line}; aliassen worden geweigerd, omdat een paar ervan een klein bestand tot gigabytes kunnen opblazen.</translation>
        </message>
        <message>
            <source>The YAML file is nested more than {limit} levels deep.</source>
            <translation>Het YAML-bestand is meer dan {limit} niveaus diep genest.</translation>
        </message>
        <message>
            <source>The YAML file has more than {limit} elements.</source>
            <translation>Het YAML-bestand heeft meer dan {limit} elementen.</translation>
        </message>
        <message>
            <source>The file is not valid YAML: {problem} (line {line}).</source>
            <translation>Het bestand is geen geldige YAML: {problem} (regel {line}).</translation>
        </message>
        <message>
            <source>The file cannot be read as YAML: {problem}</source>
            <translation>Het bestand kan niet als YAML worden gelezen: {problem}</translation>
        </message>
        <message>
            <source>This is not a template file Quadrant can import (a .quadrant-pack.json pack or an Espanso package.yml).</source>
            <translation>Dit is geen sjabloonbestand dat Quadrant kan importeren (een pakket .quadrant-pack.json of een Espanso-pakket package.yml).</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>{path} kan niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <source>Choose at least one template to share.</source>
            <translation>Kies ten minste één sjabloon om te delen.</translation>
        </message>
        <message>
            <source>This selection cannot be shared: {problem}</source>
            <translation>Deze keuze kan niet worden gedeeld: {problem}</translation>
        </message>
        <message>
            <source>The templates changed since the preview. Open the pack again.</source>
            <translation>De sjablonen zijn gewijzigd sinds het voorbeeld. Open het pakket opnieuw.</translation>
        </message>
        <message>
            <source>The template to replace is gone.</source>
            <translation>Het sjabloon dat vervangen zou worden, bestaat niet meer.</translation>
        </message>
        <message>
            <source>The team folder {folder} cannot be read: {reason}</source>
            <translation>De teammap {folder} kan niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}</source>
            <translation>Het bestand kan niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <source>The file could not be read ({reason}); the log has the details.</source>
            <translation>Het bestand kon niet worden gelezen ({reason}); het logboek bevat de details.</translation>
        </message>
        <message>
            <source>The team folder could not be checked; the log has the details.</source>
            <translation>De teammap kon niet worden gecontroleerd; het logboek bevat de details.</translation>
        </message>
        <message>
            <source>There are no backups in {folder}.</source>
            <translation>Er staan geen back-ups in {folder}.</translation>
        </message>
        <message>
            <source>There is no backup {name}.</source>
            <translation>Er is geen back-up {name}.</translation>
        </message>
        <message>
            <source>There is no Quadrant data in {folder}.</source>
            <translation>Er staan geen gegevens van Quadrant in {folder}.</translation>
        </message>
        <message>
            <source>Unknown kind '{kind}'; use one of: {known}.</source>
            <translation>Onbekende soort '{kind}'; kies uit: {known}.</translation>
        </message>
        <message>
            <source>There is no reflection question {key}.</source>
            <translation>Er bestaat geen vraag {key} in de terugblik.</translation>
        </message>
        <message>
            <source>An answer can be at most {limit} characters.</source>
            <translation>Een antwoord mag hoogstens {limit} tekens lang zijn.</translation>
        </message>
        <message>
            <source>The number of urgent open tasks cannot be negative.</source>
            <translation>Het aantal urgente open taken kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>Unknown reply language {language}; use one of: {known}.</source>
            <translation>Onbekende taal voor een antwoord: {language}; gebruik een van: {known}.</translation>
        </message>
        <message>
            <source>A template needs a name.</source>
            <translation>Een sjabloon heeft een naam nodig.</translation>
        </message>
        <message>
            <source>The name is longer than {limit} characters.</source>
            <translation>De naam is langer dan {limit} tekens.</translation>
        </message>
        <message>
            <source>The subject must be a single line of text.</source>
            <translation>Het onderwerp moet één regel tekst zijn.</translation>
        </message>
        <message>
            <source>A template needs a body text.</source>
            <translation>Een sjabloon heeft een tekst nodig.</translation>
        </message>
        <message>
            <source>Tags must be non-empty texts of at most {limit} characters.</source>
            <translation>Labels mogen niet leeg zijn en hoogstens {limit} tekens bevatten.</translation>
        </message>
        <message>
            <source>The version must be a whole number of 1 or more.</source>
            <translation>De versie moet een geheel getal van 1 of meer zijn.</translation>
        </message>
        <message>
            <source>A template needs a uid.</source>
            <translation>Een sjabloon heeft een uid nodig.</translation>
        </message>
        <message>
            <source>The uid is longer than {limit} characters.</source>
            <translation>De uid is langer dan {limit} tekens.</translation>
        </message>
        <message>
            <source>The uid may not contain spaces or control characters.</source>
            <translation>De uid mag geen spaties of stuurtekens bevatten.</translation>
        </message>
        <message>
            <source>Unknown kind {value}; use one of: {allowed}.</source>
            <translation>Onbekende soort {value}; gebruik een van: {allowed}.</translation>
        </message>
        <message>
            <source>Unknown tone {value}; use one of: {allowed}.</source>
            <translation>Onbekende toon {value}; gebruik een van: {allowed}.</translation>
        </message>
        <message>
            <source>Unknown language {value}; use one of: {allowed}.</source>
            <translation>Onbekende taal {value}; gebruik een van: {allowed}.</translation>
        </message>
        <message>
            <source>The built-in template library is not valid JSON: {problem}</source>
            <translation>De ingebouwde sjabloonbibliotheek is geen geldige JSON: {problem}</translation>
        </message>
        <message>
            <source>The built-in template library must have "format": "{format}".</source>
            <translation>De ingebouwde sjabloonbibliotheek moet "format": "{format}" bevatten.</translation>
        </message>
        <message>
            <source>The built-in template library needs a "templates" list.</source>
            <translation>De ingebouwde sjabloonbibliotheek heeft een lijst "templates" nodig.</translation>
        </message>
        <message>
            <source>This uid is used twice.</source>
            <translation>Deze uid komt twee keer voor.</translation>
        </message>
        <message>
            <source>Each template must be a JSON object.</source>
            <translation>Elk sjabloon moet een JSON-object zijn.</translation>
        </message>
        <message>
            <source>Unknown field(s): {fields}.</source>
            <translation>Onbekende velden: {fields}.</translation>
        </message>
        <message>
            <source>"uid" must be text.</source>
            <translation>"uid" moet tekst zijn.</translation>
        </message>
        <message>
            <source>"tags" must be a list of texts.</source>
            <translation>"tags" moet een lijst met teksten zijn.</translation>
        </message>
        <message>
            <source>Unknown kind, tone or language: {problem}</source>
            <translation>Onbekende soort, toon of taal: {problem}</translation>
        </message>
        <message>
            <source>The year must be between {first} and {last}.</source>
            <translation>Het jaar moet tussen {first} en {last} liggen.</translation>
        </message>
        <message>
            <source>{year} has weeks 1 to {last}; there is no week {week}.</source>
            <translation>{year} heeft de weken 1 tot en met {last}; week {week} bestaat niet.</translation>
        </message>
        <message>
            <source>{text} is not a week; write it as YYYY-Www, for example 2026-W47.</source>
            <translation>{text} is geen week; schrijf een week zoals 2026-W47: het jaar, een W en het weeknummer.</translation>
        </message>
        <message>
            <source>The first day of the week must be 0 (Monday) to 6 (Sunday).</source>
            <translation>De eerste dag van de week moet 0 (maandag) tot en met 6 (zondag) zijn.</translation>
        </message>
        <message>
            <source>Cannot write in {folder}: {reason}.</source>
            <translation>In {folder} kan niet worden geschreven: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {target}: {reason}.</source>
            <translation>{target} kan niet worden weggeschreven: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {target}: it is a folder, not a file.</source>
            <translation>{target} kan niet worden weggeschreven: het is een map, geen bestand.</translation>
        </message>
        <message>
            <source>Cannot write {target}: {folder} is not a folder.</source>
            <translation>{target} kan niet worden weggeschreven: {folder} is geen map.</translation>
        </message>
        <message>
            <source>Cannot write {target}: {folder} does not exist.</source>
            <translation>{target} kan niet worden weggeschreven: {folder} bestaat niet.</translation>
        </message>
        <message>
            <source>Cannot write {target}: the folder {folder} is read-only.</source>
            <translation>{target} kan niet worden weggeschreven: de map {folder} is alleen-lezen.</translation>
        </message>
        <message>
            <source>its urgency “{value}” could not be read; left out</source>
            <translation>de urgentie “{value}” kon niet worden gelezen en is weggelaten</translation>
        </message>
        <message>
            <source>its importance “{value}” could not be read; left out</source>
            <translation>het belang “{value}” kon niet worden gelezen en is weggelaten</translation>
        </message>
        <message>
            <source>its quadrant “{value}” could not be read; left out</source>
            <translation>het kwadrant “{value}” kon niet worden gelezen en is weggelaten</translation>
        </message>
        <message>
            <source>its priority “{value}” could not be read; left out</source>
            <translation>de prioriteit “{value}” kon niet worden gelezen en is weggelaten</translation>
        </message>
        <message>
            <source>its status “{value}” could not be read; left out</source>
            <translation>de status “{value}” kon niet worden gelezen en is weggelaten</translation>
        </message>
        <message>
            <source>its completion date “{value}” could not be read; left out</source>
            <translation>de afrondingsdatum “{value}” kon niet worden gelezen en is weggelaten</translation>
        </message>
        <message>
            <source>its creation date “{value}” could not be read; left out</source>
            <translation>de aanmaakdatum “{value}” kon niet worden gelezen en is weggelaten</translation>
        </message>
        <message>
            <source>its effort “{value}” could not be read; left out</source>
            <translation>de geschatte tijd “{value}” kon niet worden gelezen en is weggelaten</translation>
        </message>
        <message>
            <source>the date it waits until, “{value}”, could not be read; left out</source>
            <translation>de datum tot wanneer de taak wacht, “{value}”, kon niet worden gelezen en is weggelaten</translation>
        </message>
        <message>
            <source>its cell “{value}” could not be read; left out</source>
            <translation>de cel “{value}” kon niet worden gelezen en is weggelaten</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MiB; Quadrant does not read CSV files that large.</source>
            <translation>Het bestand is groter dan {limit} MiB; een CSV-bestand van die grootte leest Quadrant niet.</translation>
        </message>
        <message>
            <source>This is not a CSV file: it is a binary file.</source>
            <translation>Dit is geen CSV-bestand: het is een binair bestand.</translation>
        </message>
        <message>
            <source>This CSV file has no rows.</source>
            <translation>Dit CSV-bestand heeft geen rijen.</translation>
        </message>
        <message>
            <source>it is not UTF-8; it was read as Windows-1252</source>
            <translation>het is geen UTF-8 en is daarom gelezen als Windows-1252</translation>
        </message>
        <message>
            <source>This CSV file cannot be read: {problem}.</source>
            <translation>Dit CSV-bestand kan niet worden gelezen: {problem}.</translation>
        </message>
        <message>
            <source>Choose the column that holds the task titles.</source>
            <translation>Kies de kolom met de titels van de taken.</translation>
        </message>
        <message>
            <source>its title was too long and was cut off</source>
            <translation>de titel was te lang en is ingekort</translation>
        </message>
        <message>
            <source>its due date “{value}” could not be read; imported without one</source>
            <translation>de deadline “{value}” kon niet worden gelezen; de taak is zonder deadline geïmporteerd</translation>
        </message>
        <message>
            <source>contains {{, }}, [[, ]] or $|$, which Espanso would expand</source>
            <translation>bevat {{, }}, [[, ]] of $|$, en die zou Espanso vervangen</translation>
        </message>
        <message>
            <source>None of these templates can be used in Espanso.</source>
            <translation>Geen van deze sjablonen is bruikbaar in Espanso.</translation>
        </message>
        <message>
            <source>Cannot create {folder}: {reason}</source>
            <translation>Kan {folder} niet aanmaken: {reason}</translation>
        </message>
        <message>
            <source>This is not an Espanso match file: it has no "matches" list.</source>
            <translation>Dit is geen bestand met matches van Espanso: de lijst "matches" ontbreekt.</translation>
        </message>
        <message>
            <source>The file has {count} matches; the limit is {limit}.</source>
            <translation>Het bestand heeft {count} matches; de grens is {limit}.</translation>
        </message>
        <message>
            <source>The Espanso file has no plain-text matches that Quadrant can use.</source>
            <translation>Het bestand van Espanso heeft geen matches met platte tekst die Quadrant kan gebruiken.</translation>
        </message>
        <message>
            <source>The Espanso _manifest.yml is not a mapping.</source>
            <translation>Het bestand _manifest.yml van Espanso bevat geen sleutels met waarden.</translation>
        </message>
        <message>
            <source>not usable</source>
            <translation>niet bruikbaar</translation>
        </message>
        <message>
            <source>not a match</source>
            <translation>geen match</translation>
        </message>
        <message>
            <source>no plain trigger (a regex trigger, or none)</source>
            <translation>geen gewone trigger (een trigger met een reguliere expressie, of geen)</translation>
        </message>
        <message>
            <source>not plain text (variables, an image, HTML or Markdown)</source>
            <translation>geen platte tekst (variabelen, een afbeelding, HTML of Markdown)</translation>
        </message>
        <message>
            <source>the form field “{field}” is not a Quadrant placeholder</source>
            <translation>het formulierveld “{field}” is geen invulveld van Quadrant</translation>
        </message>
        <message>
            <source>no text to insert</source>
            <translation>geen tekst om in te voegen</translation>
        </message>
        <message>
            <source>uses Espanso variables</source>
            <translation>gebruikt variabelen van Espanso</translation>
        </message>
        <message>
            <source>This is not an iCalendar (.ics) file: it is damaged UTF-16 text.</source>
            <translation>Dit is geen iCalendar-bestand (.ics): het is beschadigde UTF-16-tekst.</translation>
        </message>
        <message>
            <source>it is not UTF-8; it was read as Windows-1252, so check accented letters</source>
            <translation>het is geen UTF-8 en is daarom gelezen als Windows-1252; controleer de letters met accenten</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MiB; Quadrant does not read calendar files that large.</source>
            <translation>Het bestand is groter dan {limit} MiB; een agendabestand van die grootte leest Quadrant niet.</translation>
        </message>
        <message>
            <source>This is not an iCalendar (.ics) file: it is a binary file.</source>
            <translation>Dit is geen iCalendar-bestand (.ics): het is een binair bestand.</translation>
        </message>
        <message>
            <source>This is not an iCalendar (.ics) file: it does not begin with BEGIN:VCALENDAR.</source>
            <translation>Dit is geen iCalendar-bestand (.ics): het begint niet met BEGIN:VCALENDAR.</translation>
        </message>
        <message>
            <source>the file ends before END:{name}</source>
            <translation>het bestand houdt op vóór END:{name}</translation>
        </message>
        <message>
            <source>a new calendar begins before END:{name}</source>
            <translation>er begint een nieuwe agenda vóór END:{name}</translation>
        </message>
        <message>
            <source>BEGIN:{name} comes before END:{open}</source>
            <translation>BEGIN:{name} staat vóór END:{open}</translation>
        </message>
        <message>
            <source>the calendar ends before END:{name}</source>
            <translation>de agenda houdt op vóór END:{name}</translation>
        </message>
        <message>
            <source>END:{name} does not close BEGIN:{open} (line {line})</source>
            <translation>END:{name} sluit BEGIN:{open} niet af (regel {line})</translation>
        </message>
        <message>
            <source>to-do at line {line}</source>
            <translation>taak op regel {line}</translation>
        </message>
        <message>
            <source>event at line {line}</source>
            <translation>afspraak op regel {line}</translation>
        </message>
        <message>
            <source>journal entry at line {line}</source>
            <translation>journaalitem op regel {line}</translation>
        </message>
        <message>
            <source>free/busy block at line {line}</source>
            <translation>beschikbaarheidsblok op regel {line}</translation>
        </message>
        <message>
            <source>time zone at line {line}</source>
            <translation>tijdzone op regel {line}</translation>
        </message>
        <message>
            <source>to-do “{summary}” at line {line}</source>
            <translation>taak “{summary}” op regel {line}</translation>
        </message>
        <message>
            <source>event “{summary}” at line {line}</source>
            <translation>afspraak “{summary}” op regel {line}</translation>
        </message>
        <message>
            <source>journal entry “{summary}” at line {line}</source>
            <translation>journaalitem “{summary}” op regel {line}</translation>
        </message>
        <message>
            <source>free/busy block “{summary}” at line {line}</source>
            <translation>beschikbaarheidsblok “{summary}” op regel {line}</translation>
        </message>
        <message>
            <source>time zone “{summary}” at line {line}</source>
            <translation>tijdzone “{summary}” op regel {line}</translation>
        </message>
        <message>
            <source>{kind} at line {line}</source>
            <translation>{kind} op regel {line}</translation>
        </message>
        <message>
            <source>{kind} “{summary}” at line {line}</source>
            <translation>{kind} “{summary}” op regel {line}</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MiB; it is not a snapshot Quadrant reads.</source>
            <translation>Het bestand is groter dan {limit} MiB; een momentopname van die grootte leest Quadrant niet.</translation>
        </message>
        <message>
            <source>This is not a Quadrant snapshot: it is not JSON.</source>
            <translation>Dit is geen momentopname van Quadrant: het is geen JSON.</translation>
        </message>
        <message>
            <source>This is not a Quadrant snapshot.</source>
            <translation>Dit is geen momentopname van Quadrant.</translation>
        </message>
        <message>
            <source>The snapshot has no format version.</source>
            <translation>De momentopname heeft geen formaatversie.</translation>
        </message>
        <message>
            <source>This snapshot has format version {version}; a newer Quadrant made it. Update Quadrant to restore it.</source>
            <translation>Deze momentopname heeft formaatversie {version} en is gemaakt met een nieuwere Quadrant. Werk Quadrant bij om de momentopname terug te zetten.</translation>
        </message>
        <message>
            <source>Unknown snapshot format version {version}.</source>
            <translation>Onbekende formaatversie {version} van de momentopname.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} is missing or is not text.</source>
            <translation>In de momentopname ontbreekt {place} of is het geen tekst.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} is not a date and time.</source>
            <translation>In de momentopname is {place} geen datum en tijd.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} has no time zone.</source>
            <translation>In de momentopname heeft {place} geen tijdzone.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} is missing or is not an object.</source>
            <translation>In de momentopname ontbreekt {place} of is het geen object.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} is not an object.</source>
            <translation>In de momentopname is {place} geen object.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} must be a list of distinct names.</source>
            <translation>In de momentopname moet {place} een lijst met verschillende namen zijn.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} is missing or is not a list.</source>
            <translation>In de momentopname ontbreekt {place} of is het geen lijst.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} must be a list of {count} values.</source>
            <translation>In de momentopname moet {place} een lijst met {count} waarden zijn.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} holds NaN or Infinity.</source>
            <translation>In de momentopname bevat {place} NaN of Infinity.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} holds a number SQLite cannot store.</source>
            <translation>In de momentopname bevat {place} een getal dat SQLite niet kan opslaan.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} holds bytes that are not base64.</source>
            <translation>In de momentopname bevat {place} bytes die geen base64 zijn.</translation>
        </message>
        <message>
            <source>In the snapshot, {place} holds a value that is not a database value.</source>
            <translation>In de momentopname bevat {place} een waarde die geen databasewaarde is.</translation>
        </message>
        <message>
            <source>PDF export is not available yet; choose md, html or csv.</source>
            <translation>Exporteren naar PDF kan nog niet; kies md, html of csv.</translation>
        </message>
        <message>
            <source>{path} is not a Quadrant database.</source>
            <translation>{path} is geen database van Quadrant.</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>het bestand</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>rij {row}</translation>
        </message>
        <message>
            <source>the task “{title}”</source>
            <translation>de taak “{title}”</translation>
        </message>
        <message>
            <source>{count} event</source>
            <translation>{count} afspraak</translation>
        </message>
        <message>
            <source>{count} journal entry</source>
            <translation>{count} journaalitem</translation>
        </message>
        <message>
            <source>{count} free/busy block</source>
            <translation>{count} beschikbaarheidsblok</translation>
        </message>
        <message>
            <source>{count} section</source>
            <translation>{count} sectie</translation>
        </message>
        <message>
            <source>{count} comment</source>
            <translation>{count} opmerking</translation>
        </message>
        <message>
            <source>{count} events</source>
            <translation>{count} afspraken</translation>
        </message>
        <message>
            <source>{count} journal entries</source>
            <translation>{count} journaalitems</translation>
        </message>
        <message>
            <source>{count} free/busy blocks</source>
            <translation>{count} beschikbaarheidsblokken</translation>
        </message>
        <message>
            <source>{count} sections</source>
            <translation>{count} secties</translation>
        </message>
        <message>
            <source>{count} comments</source>
            <translation>{count} opmerkingen</translation>
        </message>
        <message>
            <source>{count} × {kind}</source>
            <translation>{count} × {kind}</translation>
        </message>
        <message>
            <source>it has no title</source>
            <translation>er is geen titel</translation>
        </message>
        <message>
            <source>“{title}” is no longer open, so there is nothing to reply to.</source>
            <translation>“{title}” staat niet meer open; er is dus niets om op te antwoorden.</translation>
        </message>
        <message>
            <source>The reply has no text.</source>
            <translation>Het antwoord heeft geen tekst.</translation>
        </message>
        <message>
            <source>Each displaced task can be listed once, and not the task itself.</source>
            <translation>Elke taak die plaatsmaakt mag maar één keer in de lijst staan, en de taak zelf niet.</translation>
        </message>
        <message>
            <source>“{title}” is no longer open.</source>
            <translation>“{title}” staat niet meer open.</translation>
        </message>
        <message>
            <source>This reply still needs: {missing}.</source>
            <translation>Voor dit antwoord ontbreekt nog: {missing}.</translation>
        </message>
        <message>
            <source>Choose the new date for each task that moves.</source>
            <translation>Kies de nieuwe datum voor elke taak die verschuift.</translation>
        </message>
        <message>
            <source>A new date cannot lie in the past.</source>
            <translation>Een nieuwe datum kan niet in het verleden liggen.</translation>
        </message>
        <message>
            <source>The built-in templates cannot be read: {reason}</source>
            <translation>De ingebouwde sjablonen kunnen niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <source>Another template already has this uid.</source>
            <translation>Een ander sjabloon heeft deze uid al.</translation>
        </message>
        <message>
            <source>The template “{name}” is in the bin.</source>
            <translation>Het sjabloon “{name}” ligt in de prullenbak.</translation>
        </message>
        <message>
            <source>The backup {name} did not verify.</source>
            <translation>De back-up {name} kwam niet door de controle.</translation>
        </message>
        <message>
            <source>Could not write a backup to {folder}: {reason}</source>
            <translation>Er kon geen back-up worden gemaakt in {folder}: {reason}</translation>
        </message>
        <message>
            <source>the file cannot be read as a database</source>
            <translation>het bestand is niet als database te lezen</translation>
        </message>
        <message>
            <source>no answer from the check</source>
            <translation>de controle gaf geen antwoord</translation>
        </message>
        <message>
            <source>SQLite reports: {finding}</source>
            <translation>SQLite meldt: {finding}</translation>
        </message>
        <message>
            <source>row {row} of {table} refers to a missing row in {parent}</source>
            <translation>rij {row} van {table} verwijst naar een ontbrekende rij in {parent}</translation>
        </message>
        <message>
            <source>There is no database at {path}.</source>
            <translation>Er is geen database in {path}.</translation>
        </message>
        <message>
            <source>Cannot move the damaged {name} aside: {reason}</source>
            <translation>Het beschadigde bestand {name} kan niet opzij worden gezet: {reason}</translation>
        </message>
        <message>
            <source>The backup {name} is damaged: {reason}</source>
            <translation>De back-up {name} is beschadigd: {reason}</translation>
        </message>
        <message>
            <source>Could not restore {name}: {reason}</source>
            <translation>{name} kon niet worden teruggezet: {reason}</translation>
        </message>
        <message>
            <source>The restored database did not verify: {reason}</source>
            <translation>De teruggezette database kwam niet door de controle: {reason}</translation>
        </message>
        <message>
            <source>There is no template pack {uid}.</source>
            <translation>Er is geen sjabloonpakket {uid}.</translation>
        </message>
        <message>
            <source>There is no reply {id}.</source>
            <translation>Er is geen antwoord {id}.</translation>
        </message>
        <message>
            <source>There is no task {id}.</source>
            <translation>Er is geen taak {id}.</translation>
        </message>
        <message>
            <source>There is no requester {id}.</source>
            <translation>Er is geen aanvrager {id}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: {reason}</source>
            <translation>{path} kan niet worden geopend: {reason}</translation>
        </message>
        <message>
            <source>The snapshot's rows do not fit together: {problem}.</source>
            <translation>De rijen van de momentopname passen niet bij elkaar: {problem}.</translation>
        </message>
        <message>
            <source>Cannot write the snapshot into {path}: {reason}</source>
            <translation>De momentopname kan niet in {path} worden geschreven: {reason}</translation>
        </message>
        <message>
            <source>The snapshot has tables this database does not: {tables}.</source>
            <translation>De momentopname heeft tabellen die deze database niet heeft: {tables}.</translation>
        </message>
        <message>
            <source>The snapshot's table {table} has the columns {columns}; this database expects {expected}.</source>
            <translation>De tabel {table} in de momentopname heeft de kolommen {columns}; deze database verwacht {expected}.</translation>
        </message>
        <message>
            <source>The database already holds data (table {table}).</source>
            <translation>De database bevat al gegevens (tabel {table}).</translation>
        </message>
        <message>
            <source>There is no template {id}.</source>
            <translation>Er is geen sjabloon {id}.</translation>
        </message>
        <message>
            <source>The work failed; nothing was written. The log has the details.</source>
            <translation>Het werk is mislukt; er is niets weggeschreven. Het logboek bevat de details.</translation>
        </message>
        <message>
            <source>The automatic backup failed: {reason}</source>
            <translation>De automatische back-up is mislukt: {reason}</translation>
        </message>
        <message>
            <source>{name} is too large to import.</source>
            <translation>{name} is te groot om te importeren.</translation>
        </message>
        <message>
            <source>The import failed; nothing was changed. The log has the details.</source>
            <translation>Het importeren is mislukt; er is niets gewijzigd. Het logboek bevat de details.</translation>
        </message>
        <message>
            <source>it could not be read; times in its zone are read as local time</source>
            <translation>die kon niet worden gelezen; tijden in die zone worden als lokale tijd gelezen</translation>
        </message>
        <message>
            <source>another to-do in this file has the same UID</source>
            <translation>een andere taak in dit bestand heeft dezelfde UID</translation>
        </message>
        <message>
            <source>its {property} “{value}” cannot be read</source>
            <translation>{property} “{value}” is niet te lezen</translation>
        </message>
        <message>
            <source>the line “{line}” could not be read; left out</source>
            <translation>de regel “{line}” kon niet worden gelezen en is weggelaten</translation>
        </message>
        <message>
            <source>it is damaged beyond repair</source>
            <translation>de taak is te zwaar beschadigd om te herstellen</translation>
        </message>
        <message>
            <source>its description was too long and was cut off</source>
            <translation>de beschrijving was te lang en is ingekort</translation>
        </message>
        <message>
            <source>it has no SUMMARY; the description's first line is its title</source>
            <translation>er is geen SUMMARY; de eerste regel van de beschrijving is de titel geworden</translation>
        </message>
        <message>
            <source>it has no title (SUMMARY)</source>
            <translation>er is geen titel (SUMMARY)</translation>
        </message>
        <message>
            <source>its time zone “{zone}” is unknown; the due time is read as local</source>
            <translation>de tijdzone “{zone}” is onbekend; de deadline is als lokale tijd gelezen</translation>
        </message>
        <message>
            <source>its due date {date} is out of range</source>
            <translation>de deadline {date} valt buiten het bereik</translation>
        </message>
        <message>
            <source>its DUE is not a date</source>
            <translation>DUE is geen datum</translation>
        </message>
        <message>
            <source>its date {date} is out of range</source>
            <translation>de datum {date} valt buiten het bereik</translation>
        </message>
        <message>
            <source>its date cannot be placed in time</source>
            <translation>de datum is niet in de tijd te plaatsen</translation>
        </message>
        <message>
            <source>its PRIORITY {priority} is not 0–9 and was ignored</source>
            <translation>PRIORITY {priority} ligt niet tussen 0 en 9 en is genegeerd</translation>
        </message>
        <message>
            <source>its STATUS “{status}” is unknown; read as open</source>
            <translation>STATUS “{status}” is onbekend en is als open gelezen</translation>
        </message>
        <message>
            <source>its effort “{effort}” is not a number of minutes</source>
            <translation>de geschatte tijd “{effort}” is geen aantal minuten</translation>
        </message>
        <message>
            <source>The store already holds tasks; use --force to add the example week anyway.</source>
            <translation>Er staan al taken in Quadrant; gebruik --force om de voorbeeldweek toch toe te voegen.</translation>
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <source>Same as the system (%1)</source>
            <translation>Zoals het systeem (%1)</translation>
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
            <source>Urgent and important: today's real work.</source>
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
    <context>
        <name>reasons</name>
        <message>
            <source>New request</source>
            <translation>Nieuw verzoek</translation>
        </message>
        <message>
            <source>Deadline changed</source>
            <translation>Deadline veranderd</translation>
        </message>
        <message>
            <source>Manager changed the priority</source>
            <translation>Leidinggevende veranderde de prioriteit</translation>
        </message>
        <message>
            <source>Own planning</source>
            <translation>Eigen planning</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Noodgeval</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
    </context>
    <context>
        <name>reflection</name>
        <message>
            <source>What went well this week?</source>
            <translation>Wat ging er goed deze week?</translation>
        </message>
        <message>
            <source>What did I learn, including from my mistakes?</source>
            <translation>Wat heb ik geleerd, ook van mijn fouten?</translation>
        </message>
        <message>
            <source>Where did I add value, and for whom?</source>
            <translation>Waar heb ik waarde toegevoegd, en voor wie?</translation>
        </message>
        <message>
            <source>What could I influence, and what did I let go?</source>
            <translation>Waar had ik invloed op, en wat heb ik losgelaten?</translation>
        </message>
        <message>
            <source>What will I do differently next week?</source>
            <translation>Wat doe ik volgende week anders?</translation>
        </message>
        <message>
            <source>Tasks captured</source>
            <translation>Vastgelegde taken</translation>
        </message>
        <message>
            <source>Tasks completed</source>
            <translation>Afgeronde taken</translation>
        </message>
        <message>
            <source>Completed work that was planned</source>
            <translation>Afgerond werk dat gepland was</translation>
        </message>
        <message>
            <source>Urgent requests</source>
            <translation>Urgente verzoeken</translation>
        </message>
        <message>
            <source>Reprioritisations</source>
            <translation>Verschoven prioriteiten</translation>
        </message>
        <message>
            <source>Replies sent</source>
            <translation>Verstuurde antwoorden</translation>
        </message>
        <message>
            <source>Overdue at the week's end</source>
            <translation>Te laat aan het eind van de week</translation>
        </message>
        <message>
            <source>Focus time on planned work</source>
            <translation>Focustijd voor gepland werk</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 u %2 min</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>Average of the %1 weeks before</source>
            <translation>Gemiddelde van de %1 weken ervoor</translation>
        </message>
        <message>
            <source>The share of the tasks you completed that were important but not urgent: work done before it became a rush.</source>
            <translation>Het deel van je afgeronde taken dat belangrijk maar niet urgent was: werk dat klaar was voordat het haast kreeg.</translation>
        </message>
    </context>
    <context>
        <name>reply_labels</name>
        <message>
            <source>Decline</source>
            <translation>Afwijzen</translation>
        </message>
        <message>
            <source>Not now (postpone)</source>
            <translation>Nu niet (uitstellen)</translation>
        </message>
        <message>
            <source>Yes, if… (trade-off)</source>
            <translation>Ja, als… (ruil)</translation>
        </message>
        <message>
            <source>Redirect to someone else</source>
            <translation>Doorverwijzen naar iemand anders</translation>
        </message>
        <message>
            <source>Hand the problem back</source>
            <translation>Het probleem teruggeven</translation>
        </message>
        <message>
            <source>Ask to choose</source>
            <translation>Laten kiezen</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nu niet</translation>
        </message>
        <message>
            <source>Yes, if…</source>
            <translation>Ja, als…</translation>
        </message>
        <message>
            <source>Redirect</source>
            <translation>Doorverwijzen</translation>
        </message>
        <message>
            <source>Hand back</source>
            <translation>Teruggeven</translation>
        </message>
        <message>
            <source>Warm</source>
            <translation>Warm</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutraal</translation>
        </message>
        <message>
            <source>Firm</source>
            <translation>Stellig</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <translation>Nog geen reactie</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Geaccepteerd</translation>
        </message>
        <message>
            <source>Pushed back</source>
            <translation>Teruggeduwd</translation>
        </message>
        <message>
            <source>Built-in</source>
            <translation>Ingebouwd</translation>
        </message>
        <message>
            <source>My own</source>
            <translation>Eigen</translation>
        </message>
        <message>
            <source>From a pack</source>
            <translation>Uit een pakket</translation>
        </message>
        <message>
            <source>No longer urgent (to Plan or Drop)</source>
            <translation>Niet meer urgent (naar Plannen of Afwijzen)</translation>
        </message>
        <message>
            <source>Move to a later date</source>
            <translation>Naar een latere datum</translation>
        </message>
        <message>
            <source>Drop them</source>
            <translation>Laten vallen</translation>
        </message>
        <message>
            <source>Mark as sent drops the task.</source>
            <translation>Markeren als verstuurd laat de taak vallen.</translation>
        </message>
        <message>
            <source>Mark as sent moves the task to the proposed date.</source>
            <translation>Markeren als verstuurd zet de taak op de voorgestelde datum.</translation>
        </message>
        <message>
            <source>Mark as sent keeps the task; the ticked tasks move or drop as chosen.</source>
            <translation>Markeren als verstuurd houdt de taak; de aangevinkte taken schuiven op of vallen af zoals gekozen.</translation>
        </message>
        <message>
            <source>Mark as sent sets the task to waiting until the follow-up date.</source>
            <translation>Markeren als verstuurd zet de taak op wachten tot de opvolgdatum.</translation>
        </message>
        <message>
            <source>Mark as sent sets the task to waiting on the requester.</source>
            <translation>Markeren als verstuurd zet de taak op wachten op de aanvrager.</translation>
        </message>
        <message>
            <source>Mark as sent sets the task and the ticked tasks to waiting for a decision.</source>
            <translation>Markeren als verstuurd zet de taak en de aangevinkte taken op wachten op een besluit.</translation>
        </message>
        <message>
            <source>Do</source>
            <translation>Doen</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plannen</translation>
        </message>
        <message>
            <source>Delegate</source>
            <translation>Delegeren</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Laten vallen</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>&amp;Templates</source>
            <translation>&amp;Sjablonen</translation>
        </message>
    </context>
</TS>
