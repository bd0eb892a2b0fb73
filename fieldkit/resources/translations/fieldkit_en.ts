<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln object</numerusform>
            <numerusform>%Ln objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage report(s)</source>
        <translation>
            <numerusform>%Ln damage report</numerusform>
            <numerusform>%Ln damage reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) immediate action;</source>
        <translation>
            <numerusform>%n needs immediate action;</numerusform>
            <numerusform>%n need immediate action;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict.</source>
        <translation>
            <numerusform>%n record in conflict.</numerusform>
            <numerusform>%n records in conflict.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) refused.</source>
        <translation>
            <numerusform>%n photo refused.</numerusform>
            <numerusform>%n photos refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%n page(s) written to {file}.</source>
        <translation>
            <numerusform>%n page written to {file}.</numerusform>
            <numerusform>%n pages written to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchSummary</name>
    <message numerus="yes">
        <source>%n match(es) in {kind}</source>
        <translation>
            <numerusform>%n match in {kind}</numerusform>
            <numerusform>%n matches in {kind}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>{title}: %n match(es)</source>
        <translation>
            <numerusform>{title}: %n match</numerusform>
            <numerusform>{title}: %n matches</numerusform>
        </translation>
    </message>
</context>
</TS>
