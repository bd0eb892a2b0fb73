<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>reports</name>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institution</numerusform>
            <numerusform>%n institutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more photograph(s) are recorded in the vault.</source>
        <translation>
            <numerusform>%n more photograph is recorded in the vault.</numerusform>
            <numerusform>%n more photographs are recorded in the vault.</numerusform>
        </translation>
    </message>
</context>
</TS>
