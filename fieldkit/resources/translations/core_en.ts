<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n record revision(s)</source>
        <translation>
            <numerusform>%n record revision</numerusform>
            <numerusform>%n record revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
        <source>%n new revision(s)</source>
        <translation>
            <numerusform>%n new revision</numerusform>
            <numerusform>%n new revisions</numerusform>
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
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>%n record in conflict</numerusform>
            <numerusform>%n records in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled while importing {file}: nothing from it or the files after it was kept. Imported completely before it: %n bundle(s).</source>
        <translation>
            <numerusform>Cancelled while importing {file}: nothing from it or the files after it was kept. Imported completely before it: %n bundle.</numerusform>
            <numerusform>Cancelled while importing {file}: nothing from it or the files after it was kept. Imported completely before it: %n bundles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s).</source>
        <translation>
            <numerusform>%n location.</numerusform>
            <numerusform>%n locations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s).</source>
        <translation>
            <numerusform>%n container.</numerusform>
            <numerusform>%n containers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned the movement of %n item(s).</source>
        <translation>
            <numerusform>Planned the movement of %n item.</numerusform>
            <numerusform>Planned the movement of %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) departed ({with_contents} with the contents of containers); in transit until received.</source>
        <translation>
            <numerusform>%n item departed ({with_contents} with the contents of containers); in transit until received.</numerusform>
            <numerusform>%n items departed ({with_contents} with the contents of containers); in transit until received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packed %n item(s) into {container}.</source>
        <translation>
            <numerusform>Packed %n item into {container}.</numerusform>
            <numerusform>Packed %n items into {container}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n of them recorded destroyed or deleted ({items}); check their status.</source>
        <translation>
            <numerusform>Note: %n of them recorded destroyed or deleted ({items}); check their status.</numerusform>
            <numerusform>Note: %n of them recorded destroyed or deleted ({items}); check their status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contents: %n item(s)</source>
        <translation>
            <numerusform>contents: %n item</numerusform>
            <numerusform>contents: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>movements: %n</source>
        <translation>
            <numerusform>movements: %n</numerusform>
            <numerusform>movements: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s).</source>
        <translation>
            <numerusform>%n handover.</numerusform>
            <numerusform>%n handovers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s).</source>
        <translation>
            <numerusform>%n decision.</numerusform>
            <numerusform>%n decisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued, {held} quarantined, {known} already known, {failed} not stored.</source>
        <translation>
            <numerusform>%n bundle queued, {held} quarantined, {known} already known, {failed} not stored.</numerusform>
            <numerusform>%n bundles queued, {held} quarantined, {known} already known, {failed} not stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued, {held} quarantined, {known} already known.</source>
        <translation>
            <numerusform>%n bundle queued, {held} quarantined, {known} already known.</numerusform>
            <numerusform>%n bundles queued, {held} quarantined, {known} already known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued again; {kept} still quarantined.</source>
        <translation>
            <numerusform>%n bundle queued again; {kept} still quarantined.</numerusform>
            <numerusform>%n bundles queued again; {kept} still quarantined.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) trusted for every worker host.</source>
        <translation>
            <numerusform>%n card trusted for every worker host.</numerusform>
            <numerusform>%n cards trusted for every worker host.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) revoked for every worker host.</source>
        <translation>
            <numerusform>%n key revoked for every worker host.</numerusform>
            <numerusform>%n keys revoked for every worker host.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) run.</source>
        <translation>
            <numerusform>%n job run.</numerusform>
            <numerusform>%n jobs run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of more than %n records found are listed; --limit N lists more.</source>
        <translation>
            <numerusform>The first {shown} of more than %n records found are listed; --limit N lists more.</numerusform>
            <numerusform>The first {shown} of more than %n records found are listed; --limit N lists more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %n records found are listed; --limit N lists more.</source>
        <translation>
            <numerusform>The first {shown} of %n records found are listed; --limit N lists more.</numerusform>
            <numerusform>The first {shown} of %n records found are listed; --limit N lists more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n record found.</numerusform>
            <numerusform>%n records found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n possible duplicate.</numerusform>
            <numerusform>%n possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked.</source>
        <translation>
            <numerusform>%n bundle checked.</numerusform>
            <numerusform>%n bundles checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) checked.</source>
        <translation>
            <numerusform>%n photo checked.</numerusform>
            <numerusform>%n photos checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) given their retention now.</source>
        <translation>
            <numerusform>%n bundle given their retention now.</numerusform>
            <numerusform>%n bundles given their retention now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged bundle(s) stored without retention (object lock): nothing in the storage prevents their deletion. `fieldkit archive verify --retain` gives them their retention.</source>
        <translation>
            <numerusform>%n merged bundle stored without retention (object lock): nothing in the storage prevents their deletion. `fieldkit archive verify --retain` gives them their retention.</numerusform>
            <numerusform>%n merged bundles stored without retention (object lock): nothing in the storage prevents their deletion. `fieldkit archive verify --retain` gives them their retention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged bundle(s) stored without retention, because the bucket has no object lock or the retention is 0 days: nothing in the storage prevents their deletion.</source>
        <translation>
            <numerusform>%n merged bundle stored without retention, because the bucket has no object lock or the retention is 0 days: nothing in the storage prevents their deletion.</numerusform>
            <numerusform>%n merged bundles stored without retention, because the bucket has no object lock or the retention is 0 days: nothing in the storage prevents their deletion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (--json lists them all).</source>
        <translation>
            <numerusform>… and %n more (--json lists them all).</numerusform>
            <numerusform>… and %n more (--json lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Index emptied; %n bundle(s) queued again. Merging…</source>
        <translation>
            <numerusform>Index emptied; %n bundle queued again. Merging…</numerusform>
            <numerusform>Index emptied; %n bundles queued again. Merging…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict.</source>
        <translation>
            <numerusform>%n record in conflict.</numerusform>
            <numerusform>%n records in conflict.</numerusform>
        </translation>
    </message>
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
        <source>%n photo(s) in {folder}</source>
        <translation>
            <numerusform>%n photo in {folder}</numerusform>
            <numerusform>%n photos in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in conflict: exported as the automatic merge (`fieldkit conflicts list` shows them).</source>
        <translation>
            <numerusform>%n object in conflict: exported as the automatic merge (`fieldkit conflicts list` shows them).</numerusform>
            <numerusform>%n objects in conflict: exported as the automatic merge (`fieldkit conflicts list` shows them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n objects now share this inventory number.</source>
        <translation>
            <numerusform>Warning: %n objects now share this inventory number.</numerusform>
            <numerusform>Warning: %n objects now share this inventory number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s).</source>
        <translation>
            <numerusform>%n object.</numerusform>
            <numerusform>%n objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damage report(s).</source>
        <translation>
            <numerusform>%n damage report.</numerusform>
            <numerusform>%n damage reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{document}, %n item(s)</source>
        <translation>
            <numerusform>{document}, %n item</numerusform>
            <numerusform>{document}, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {what}, %n page(s).</source>
        <translation>
            <numerusform>Wrote {file}: {what}, %n page.</numerusform>
            <numerusform>Wrote {file}: {what}, %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Object ID sheet(s)</source>
        <translation>
            <numerusform>%n Object ID sheet</numerusform>
            <numerusform>%n Object ID sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) FieldKit delivered there stay on it; delete them by hand once their recipients have them.</source>
        <translation>
            <numerusform>%n bundle FieldKit delivered there stay on it; delete them by hand once their recipients have them.</numerusform>
            <numerusform>%n bundles FieldKit delivered there stay on it; delete them by hand once their recipients have them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be backed up: the vault's media folder has lost their files. The backup lists them as missing:</source>
        <translation>
            <numerusform>%n photo could not be backed up: the vault's media folder has lost their files. The backup lists them as missing:</numerusform>
            <numerusform>%n photos could not be backed up: the vault's media folder has lost their files. The backup lists them as missing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The restored vault lacks %n photo(s): the vault had lost their files before this backup was made, and the backup lists them as missing:</source>
        <translation>
            <numerusform>The restored vault lacks %n photo: the vault had lost their files before this backup was made, and the backup lists them as missing:</numerusform>
            <numerusform>The restored vault lacks %n photos: the vault had lost their files before this backup was made, and the backup lists them as missing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n empty row(s) skipped.</source>
        <translation>
            <numerusform>; %n empty row skipped.</numerusform>
            <numerusform>; %n empty rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n row(s)</source>
        <translation>
            <numerusform>in %n row</numerusform>
            <numerusform>in %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n line(s); BagIt allows exactly two.</source>
        <translation>
            <numerusform>{file} has %n line; BagIt allows exactly two.</numerusform>
            <numerusform>{file} has %n lines; BagIt allows exactly two.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused file(s) kept, {size} of copies (the quarantine keeps at most {most} files, {limit}).</source>
        <translation>
            <numerusform>%n refused file kept, {size} of copies (the quarantine keeps at most {most} files, {limit}).</numerusform>
            <numerusform>%n refused files kept, {size} of copies (the quarantine keeps at most {most} files, {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older file(s) dropped to stay within that.</source>
        <translation>
            <numerusform>%n older file dropped to stay within that.</numerusform>
            <numerusform>%n older files dropped to stay within that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also not received yet: %n more bundle(s) of stream {stream} from {sender}.</source>
        <translation>
            <numerusform>Also not received yet: %n more bundle of stream {stream} from {sender}.</numerusform>
            <numerusform>Also not received yet: %n more bundles of stream {stream} from {sender}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup in {path} is damaged: it lacks %n photo(s).</source>
        <translation>
            <numerusform>The backup in {path} is damaged: it lacks %n photo.</numerusform>
            <numerusform>The backup in {path} is damaged: it lacks %n photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not packed: %n item(s) still in transit ({items}).</source>
        <translation>
            <numerusform>Not packed: %n item still in transit ({items}).</numerusform>
            <numerusform>Not packed: %n items still in transit ({items}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not packed: %n item(s) already packed in {containers}.</source>
        <translation>
            <numerusform>Not packed: %n item already packed in {containers}.</numerusform>
            <numerusform>Not packed: %n items already packed in {containers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not received: %n item(s) recorded missing would be marked arrived ({items}).</source>
        <translation>
            <numerusform>Not received: %n item recorded missing would be marked arrived ({items}).</numerusform>
            <numerusform>Not received: %n items recorded missing would be marked arrived ({items}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) began like a spreadsheet formula; each was written with a leading apostrophe, so that no spreadsheet runs it.</source>
        <translation>
            <numerusform>%n cell began like a spreadsheet formula; each was written with a leading apostrophe, so that no spreadsheet runs it.</numerusform>
            <numerusform>%n cells began like a spreadsheet formula; each was written with a leading apostrophe, so that no spreadsheet runs it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has {count} error(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has {count} error; nothing was imported.</numerusform>
            <numerusform>The file has {count} errors; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In transit: %n item(s) expected</source>
        <translation>
            <numerusform>In transit: %n item expected</numerusform>
            <numerusform>In transit: %n items expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
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
    <message numerus="yes">
        <source>%n earlier damage report(s) are recorded in the vault.</source>
        <translation>
            <numerusform>%n earlier damage report are recorded in the vault.</numerusform>
            <numerusform>%n earlier damage reports are recorded in the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity card(s)</source>
        <translation>
            <numerusform>%n identity card</numerusform>
            <numerusform>%n identity cards</numerusform>
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
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
</TS>
