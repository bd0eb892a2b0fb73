<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcceptHandoverDialog</name>
    <message numerus="yes">
        <source>{giver} → {receiver}: %n item(s) — {state}</source>
        <translation>
            <numerusform>{giver} → {receiver}: %n item — {state}</numerusform>
            <numerusform>{giver} → {receiver}: %n items — {state}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <source>%n photo(s) could not be backed up: the vault's media folder has lost their files. The backup lists them as missing:</source>
        <translation>
            <numerusform>%n photo could not be backed up: the vault's media folder has lost their files. The backup lists them as missing:</numerusform>
            <numerusform>%n photos could not be backed up: the vault's media folder has lost their files. The backup lists them as missing:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInCounts</name>
    <message numerus="yes">
        <source>Expected</source>
        <translation>
            <numerusform>Expected</numerusform>
            <numerusform>Expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received</source>
        <translation>
            <numerusform>Received</numerusform>
            <numerusform>Received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet scanned</source>
        <translation>
            <numerusform>Not yet scanned</numerusform>
            <numerusform>Not yet scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing</source>
        <translation>
            <numerusform>Missing</numerusform>
            <numerusform>Missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra</source>
        <translation>
            <numerusform>Extra</numerusform>
            <numerusform>Extra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message numerus="yes">
        <source>Reception written: %n item(s) recorded missing.</source>
        <translation>
            <numerusform>Reception written: %n item recorded missing.</numerusform>
            <numerusform>Reception written: %n items recorded missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept from before FieldKit locked or closed; go on scanning.</source>
        <translation>
            <numerusform>%n scan kept from before FieldKit locked or closed; go on scanning.</numerusform>
            <numerusform>%n scans kept from before FieldKit locked or closed; go on scanning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>%n expected</numerusform>
            <numerusform>%n expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not scanned will be marked missing: {items}.</source>
        <translation>
            <numerusform>%n item not scanned will be marked missing: {items}.</numerusform>
            <numerusform>%n items not scanned will be marked missing: {items}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recorded missing will be marked arrived: {items}.</source>
        <translation>
            <numerusform>%n item recorded missing will be marked arrived: {items}.</numerusform>
            <numerusform>%n items recorded missing will be marked arrived: {items}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reception written: %n item(s) missing.</source>
        <translation>
            <numerusform>Reception written: %n item missing.</numerusform>
            <numerusform>Reception written: %n items missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): added on any side are kept</source>
        <translation>
            <numerusform>%n photo: added on any side are kept</numerusform>
            <numerusform>%n photos: added on any side are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other field(s) are the same in every version.</source>
        <translation>
            <numerusform>%n other field is the same in every version.</numerusform>
            <numerusform>%n other fields are the same in every version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <source>%n disputed field(s)</source>
        <translation>
            <numerusform>%n disputed field</numerusform>
            <numerusform>%n disputed fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>%n record in conflict</numerusform>
            <numerusform>%n records in conflict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>Last import: %n object(s) from {file}, {when}.</source>
        <translation>
            <numerusform>Last import: %n object from {file}, {when}.</numerusform>
            <numerusform>Last import: %n objects from {file}, {when}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these object(s) were already sent to other vaults in bundles: they will be deleted there too when the next bundle goes.</source>
        <translation>
            <numerusform>%n of these object were already sent to other vaults in bundles: they will be deleted there too when the next bundle goes.</numerusform>
            <numerusform>%n of these objects were already sent to other vaults in bundles: they will be deleted there too when the next bundle goes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n object(s) imported from {file} will be deleted.</source>
        <translation>
            <numerusform>The %n object imported from {file} will be deleted.</numerusform>
            <numerusform>The %n objects imported from {file} will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) deleted: the import from {file} is undone. Their history is kept.</source>
        <translation>
            <numerusform>%n object deleted: the import from {file} is undone. Their history is kept.</numerusform>
            <numerusform>%n objects deleted: the import from {file} is undone. Their history is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), read as {encoding} ({how}); columns separated by {sep}.</source>
        <translation>
            <numerusform>{file}: %n row, read as {encoding} ({how}); columns separated by {sep}.</numerusform>
            <numerusform>{file}: %n rows, read as {encoding} ({how}); columns separated by {sep}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Columns (%n)</source>
        <translation>
            <numerusform>Columns (%n)</numerusform>
            <numerusform>Columns (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Errors (%n)</numerusform>
            <numerusform>Errors (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnings (%n)</numerusform>
            <numerusform>Warnings (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n object(s)</source>
        <translation>
            <numerusform>&amp;Import %n object</numerusform>
            <numerusform>&amp;Import %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) without data</source>
        <translation>
            <numerusform>%n column without data</numerusform>
            <numerusform>%n columns without data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The column “{column}” holds %n value(s) for “{field}”, but it is not imported.</source>
        <translation>
            <numerusform>The column “{column}” holds %n value for “{field}”, but it is not imported.</numerusform>
            <numerusform>The column “{column}” holds %n values for “{field}”, but it is not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) would be imported without: {fields}.</source>
        <translation>
            <numerusform>%n object would be imported without: {fields}.</numerusform>
            <numerusform>%n objects would be imported without: {fields}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n object(s) in one transaction…</source>
        <translation>
            <numerusform>Importing %n object in one transaction…</numerusform>
            <numerusform>Importing %n objects in one transaction…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) imported from {file}, all in one transaction.</source>
        <translation>
            <numerusform>%n object imported from {file}, all in one transaction.</numerusform>
            <numerusform>%n objects imported from {file}, all in one transaction.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustodyEditor</name>
    <message numerus="yes">
        <source>%n item(s) here now</source>
        <translation>
            <numerusform>%n item here now</numerusform>
            <numerusform>%n items here now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustodyOverview</name>
    <message numerus="yes">
        <source>%n object(s) in transit,</source>
        <translation>
            <numerusform>%n object in transit,</numerusform>
            <numerusform>%n objects in transit,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>including %n deleted,</source>
        <translation>
            <numerusform>including %n deleted,</numerusform>
            <numerusform>including %n deleted,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing at reception,</source>
        <translation>
            <numerusform>%n missing at reception,</numerusform>
            <numerusform>%n missing at reception,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evacuated.</source>
        <translation>
            <numerusform>%n evacuated.</numerusform>
            <numerusform>%n evacuated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s) waiting for acceptance.</source>
        <translation>
            <numerusform>%n handover waiting for acceptance.</numerusform>
            <numerusform>%n handovers waiting for acceptance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In transit: {movement} — %n item(s)</source>
        <translation>
            <numerusform>In transit: {movement} — %n item</numerusform>
            <numerusform>In transit: {movement} — %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing at reception: {movement} — %n item(s)</source>
        <translation>
            <numerusform>Missing at reception: {movement} — %n item</numerusform>
            <numerusform>Missing at reception: {movement} — %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message numerus="yes">
        <source>%n decision(s). Undo restores both records as they were.</source>
        <translation>
            <numerusform>%n decision. Undo restores both records as they were.</numerusform>
            <numerusform>%n decisions. Undo restores both records as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n pair to review.</numerusform>
            <numerusform>%n pairs to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesSection</name>
    <message numerus="yes">
        <source>{title}: %n pair(s) to review</source>
        <translation>
            <numerusform>{title}: %n pair to review</numerusform>
            <numerusform>{title}: %n pairs to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s) to review</source>
        <translation>
            <numerusform>%n possible duplicate pair to review</numerusform>
            <numerusform>%n possible duplicate pairs to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvacuationPage</name>
    <message numerus="yes">
        <source>%n of these objects are marked missing ({objects}). Pack them into {code}?</source>
        <translation>
            <numerusform>%n of these objects are marked missing ({objects}). Pack them into {code}?</numerusform>
            <numerusform>%n of these objects are marked missing ({objects}). Pack them into {code}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these objects are recorded destroyed or deleted ({objects}). Pack them into {code}?</source>
        <translation>
            <numerusform>%n of these objects are recorded destroyed or deleted ({objects}). Pack them into {code}?</numerusform>
            <numerusform>%n of these objects are recorded destroyed or deleted ({objects}). Pack them into {code}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these objects are already packed in {containers}. Move them to {code}?</source>
        <translation>
            <numerusform>%n of these objects are already packed in {containers}. Move them to {code}?</numerusform>
            <numerusform>%n of these objects are already packed in {containers}. Move them to {code}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) packed into {code}.</source>
        <translation>
            <numerusform>%n object packed into {code}.</numerusform>
            <numerusform>%n objects packed into {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken out of {containers}.</source>
        <translation>
            <numerusform>%n taken out of {containers}.</numerusform>
            <numerusform>%n taken out of {containers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What: {items} (%n object(s) in all)</source>
        <translation>
            <numerusform>What: {items} (%n object in all)</numerusform>
            <numerusform>What: {items} (%n objects in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) hold nothing: {containers}.</source>
        <translation>
            <numerusform>%n container hold nothing: {containers}.</numerusform>
            <numerusform>%n containers hold nothing: {containers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n bundle file(s) written, {size} in all.</source>
        <translation>
            <numerusform>%n bundle file written, {size} in all.</numerusform>
            <numerusform>%n bundle files written, {size} in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRecordsDialog</name>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damage report(s)</source>
        <translation>
            <numerusform>%n damage report</numerusform>
            <numerusform>%n damage reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in the folder {folder}</source>
        <translation>
            <numerusform>%n photo in the folder {folder}</numerusform>
            <numerusform>%n photos in the folder {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in conflict: exported as the automatic merge, and marked so.</source>
        <translation>
            <numerusform>%n object in conflict: exported as the automatic merge, and marked so.</numerusform>
            <numerusform>%n objects in conflict: exported as the automatic merge, and marked so.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Checking %n bundle(s); nothing is imported yet…</source>
        <translation>
            <numerusform>Checking %n bundle; nothing is imported yet…</numerusform>
            <numerusform>Checking %n bundles; nothing is imported yet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n bundle(s)</source>
        <translation>
            <numerusform>&amp;Import %n bundle</numerusform>
            <numerusform>&amp;Import %n bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) can be imported</source>
        <translation>
            <numerusform>%n bundle can be imported</numerusform>
            <numerusform>%n bundles can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be left out</source>
        <translation>
            <numerusform>%n will be left out</numerusform>
            <numerusform>%n will be left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n bundle(s) passed the checks.</source>
        <translation>
            <numerusform>The bundle passed the checks.</numerusform>
            <numerusform>All %n bundles passed the checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n bundle(s)…</source>
        <translation>
            <numerusform>Importing %n bundle…</numerusform>
            <numerusform>Importing %n bundles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) imported: {new}, {dup}, {photos} and {conflicts}.</source>
        <translation>
            <numerusform>%n bundle imported: {new}, {dup}, {photos} and {conflicts}.</numerusform>
            <numerusform>%n bundles imported: {new}, {dup}, {photos} and {conflicts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier bundle(s) from these senders not received yet: see Notes.</source>
        <translation>
            <numerusform>%n earlier bundle from these senders not received yet: see Notes.</numerusform>
            <numerusform>%n earlier bundles from these senders not received yet: see Notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) numbered like another from the same sender (was that laptop restored from a backup?): see Notes.</source>
        <translation>
            <numerusform>%n bundle numbered like another from the same sender (was that laptop restored from a backup?): see Notes.</numerusform>
            <numerusform>%n bundles numbered like another from the same sender (was that laptop restored from a backup?): see Notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s)</source>
        <translation>
            <numerusform>%n new revision</numerusform>
            <numerusform>%n new revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n already here</numerusform>
            <numerusform>%n already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>%n new photo</numerusform>
            <numerusform>%n new photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) now in conflict</source>
        <translation>
            <numerusform>%n record now in conflict</numerusform>
            <numerusform>%n records now in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n object(s) imported from the spreadsheet.</source>
        <translation>
            <numerusform>%n object imported from the spreadsheet.</numerusform>
            <numerusform>%n objects imported from the spreadsheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) were not saved when FieldKit last locked, closed or stopped. They were kept, encrypted. Reopen them now?</source>
        <translation>
            <numerusform>%n edit were not saved when FieldKit last locked, closed or stopped. They were kept, encrypted. Reopen them now?</numerusform>
            <numerusform>%n edits were not saved when FieldKit last locked, closed or stopped. They were kept, encrypted. Reopen them now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s).</source>
        <translation>
            <numerusform>Saved %n record.</numerusform>
            <numerusform>Saved %n records.</numerusform>
        </translation>
    </message>
</context>
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
    <name>PairView</name>
    <message numerus="yes">
        <source>%n field(s) differ, marked ≠ and in bold.</source>
        <translation>
            <numerusform>%n field differ, marked ≠ and in bold.</numerusform>
            <numerusform>%n fields differ, marked ≠ and in bold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message numerus="yes">
        <source>%n page(s) written to {file}.</source>
        <translation>
            <numerusform>%n page written to {file}.</numerusform>
            <numerusform>%n pages written to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message numerus="yes">
        <source>+%n more photo(s)</source>
        <translation>
            <numerusform>+%n more photo</numerusform>
            <numerusform>+%n more photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message numerus="yes">
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Adding %n photo…</numerusform>
            <numerusform>Adding %n photos…</numerusform>
        </translation>
    </message>
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
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>The restored vault lacks %n photo(s): the vault had lost their files before this backup was made, and the backup lists them as missing:</source>
        <translation>
            <numerusform>The restored vault lacks %n photo: the vault had lost their files before this backup was made, and the backup lists them as missing:</numerusform>
            <numerusform>The restored vault lacks %n photos: the vault had lost their files before this backup was made, and the backup lists them as missing:</numerusform>
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
    <name>SyncPanel</name>
    <message numerus="yes">
        <source>%n bundle(s) FieldKit left there stay; delete them once their recipients have them.</source>
        <translation>
            <numerusform>%n bundle FieldKit left there stay; delete them once their recipients have them.</numerusform>
            <numerusform>%n bundles FieldKit left there stay; delete them once their recipients have them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) imported</source>
        <translation>
            <numerusform>%n bundle imported</numerusform>
            <numerusform>%n bundles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s)</source>
        <translation>
            <numerusform>%n new revision</numerusform>
            <numerusform>%n new revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) read</source>
        <translation>
            <numerusform>%n receipt read</numerusform>
            <numerusform>%n receipts read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written</source>
        <translation>
            <numerusform>%n written</numerusform>
            <numerusform>%n written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n quarantined</numerusform>
            <numerusform>%n quarantined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n still waiting</numerusform>
            <numerusform>%n still waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) still waiting</source>
        <translation>
            <numerusform>%n bundle still waiting</numerusform>
            <numerusform>%n bundles still waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message numerus="yes">
        <source>(%n failed attempt(s))</source>
        <translation>
            <numerusform>(%n failed attempt)</numerusform>
            <numerusform>(%n failed attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <source>Checking %n bundle(s)…</source>
        <translation>
            <numerusform>Checking %n bundle…</numerusform>
            <numerusform>Checking %n bundles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked: {good}, {bad}, {other}, {newer}.</source>
        <translation>
            <numerusform>%n bundle checked: {good}, {bad}, {other}, {newer}.</numerusform>
            <numerusform>%n bundles checked: {good}, {bad}, {other}, {newer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made by a newer FieldKit, not verified</source>
        <translation>
            <numerusform>%n made by a newer FieldKit, not verified</numerusform>
            <numerusform>%n made by a newer FieldKit, not verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked: {good}, {bad}, {other}.</source>
        <translation>
            <numerusform>%n bundle checked: {good}, {bad}, {other}.</numerusform>
            <numerusform>%n bundles checked: {good}, {bad}, {other}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intact and signed by a trusted key</source>
        <translation>
            <numerusform>%n intact and signed by a trusted key</numerusform>
            <numerusform>%n intact and signed by a trusted key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intact but not signed by a key you trust</source>
        <translation>
            <numerusform>%n intact but not signed by a key you trust</numerusform>
            <numerusform>%n intact but not signed by a key you trust</numerusform>
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
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>%n record in conflict</numerusform>
            <numerusform>%n records in conflict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ItemsPage</name>
    <message numerus="yes">
        <source>{container} (%n item(s))</source>
        <translation>
            <numerusform>{container} (%n item)</numerusform>
            <numerusform>{container} (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message numerus="yes">
        <source>{items} and %n more</source>
        <translation>
            <numerusform>{items} and %n more</numerusform>
            <numerusform>{items} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message numerus="yes">
        <source>and %n more changes (see tooltip)</source>
        <translation>
            <numerusform>and %n more changes (see tooltip)</numerusform>
            <numerusform>and %n more changes (see tooltip)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record snapshot(s)</source>
        <translation>
            <numerusform>%n record snapshot</numerusform>
            <numerusform>%n record snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author card(s)</source>
        <translation>
            <numerusform>%n author card</numerusform>
            <numerusform>%n author cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n audit event</numerusform>
            <numerusform>%n audit events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation notice(s)</source>
        <translation>
            <numerusform>%n revocation notice</numerusform>
            <numerusform>%n revocation notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {size} checked.</source>
        <translation>
            <numerusform>%n file, {size} checked.</numerusform>
            <numerusform>%n files, {size} checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
