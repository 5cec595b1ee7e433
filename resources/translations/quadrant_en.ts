<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CsvMappingDialog</name>
    <message numerus="yes">
        <source>%n row(s) in the file; the preview shows the first %1.</source>
        <translation>
            <numerusform>%n row in the file; the preview shows the first %1.</numerusform>
            <numerusform>%n rows in the file; the preview shows the first %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <source>%n task(s) written to %1</source>
        <translation>
            <numerusform>%n task written to %1</numerusform>
            <numerusform>%n tasks written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%n entry shown; scroll down for older ones.</numerusform>
            <numerusform>%n entries shown; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n task(s) imported from %1</source>
        <translation>
            <numerusform>%n task imported from %1</numerusform>
            <numerusform>%n tasks imported from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped (%n):</source>
        <translation>
            <numerusform>Skipped (%n):</numerusform>
            <numerusform>Skipped (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported with a change (%n):</source>
        <translation>
            <numerusform>Imported with a change (%n):</numerusform>
            <numerusform>Imported with a change (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted task(s) removed for good.</source>
        <translation>
            <numerusform>%n deleted task removed for good.</numerusform>
            <numerusform>%n deleted tasks removed for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Example week removed: %n task(s).</source>
        <translation>
            <numerusform>Example week removed: %n task.</numerusform>
            <numerusform>Example week removed: %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n reflection answer(s) you rewrote.</source>
        <translation>
            <numerusform>Kept %n reflection answer you rewrote.</numerusform>
            <numerusform>Kept %n reflection answers you rewrote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) in %1. Choose one and Import to review it.</source>
        <translation>
            <numerusform>%n pack in %1. Choose it and Import to review it.</numerusform>
            <numerusform>%n packs in %1. Choose one and Import to review it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n backup(s); the latest from %1.</source>
        <translation>
            <numerusform>%n backup, from %1.</numerusform>
            <numerusform>%n backups; the latest from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>%n reply(s) to follow up today.</source>
        <translation>
            <numerusform>%n reply to follow up today.</numerusform>
            <numerusform>%n replies to follow up today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message numerus="yes">
        <source>The %n templates shown</source>
        <translation>
            <numerusform>The %n template shown</numerusform>
            <numerusform>The %n templates shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n chosen templates</source>
        <translation>
            <numerusform>The %n chosen template</numerusform>
            <numerusform>The %n chosen templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhyPrompt</name>
    <message numerus="yes">
        <source>Why did %n task(s) move to %1?</source>
        <translation>
            <numerusform>Why did %n task move to %1?</numerusform>
            <numerusform>Why did %n tasks move to %1?</numerusform>
        </translation>
    </message>
</context>
</TS>
