<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>%n example task(s) removed. Undo brings them back.</source>
        <translation>
            <numerusform>%n example task removed. Undo brings it back.</numerusform>
            <numerusform>%n example tasks removed. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) to follow up today.</source>
        <translation>
            <numerusform>%n reply to follow up today.</numerusform>
            <numerusform>%n replies to follow up today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
</TS>
