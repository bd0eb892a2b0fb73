<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Trust a key — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digits match: &amp;trust and mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;now, compare later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you compare the fingerprint, this card receives bundles only when you tick it yourself in the export dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {organisation} — {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can make a card with any name on it. Before you trust it, ask its holder to read their fingerprint to you — in person or on the phone, not by e-mail or message — and compare it with these digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local name is what FieldKit shows for this person everywhere; the name inside their bundles is only their claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already trust this key as {name}{verified}. Adding it again updates the local name and role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (fingerprint compared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already trust another card with this name, or one that looks alike ({keys}). Give this one a local name that tells them apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTargetDialog</name>
    <message>
        <source>Add a sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB drive or shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who the bundles left in this folder are for. With none ticked, they go to every verified coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {role} · key {fingerprint}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>&amp;Check the chain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the chain of events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is intact: {n} events, each linked to the one before. Head {head}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is BROKEN: events were altered or removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;into (a new or empty folder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is a complete copy, still encrypted: it opens with the passphrase (or recovery key) the vault has now. Keep it on another drive, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new or empty folder: this one has files in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the vault to {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the incomplete backup was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{files} files, {size}, written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&amp;Export a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles &amp; sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle carries your records, signed and encrypted, on a USB stick or any other way. A sync folder does it for you whenever the drive is plugged in. Drop .fkb files anywhere on this page to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles received, sent and quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ent (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not re-encrypted: this takes a second. The recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare the fingerprint — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digits &amp;match: mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask {name} to read their fingerprint aloud — in person or on the phone — and check every group against these digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not mark it verified. If the digits differ, the card may not be theirs: revoke this key and ask them for their card again, in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Accept the &amp;automatic merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my choices as one merge revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record is in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {n} by {who} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited in {n} places: {versions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the versions have no common ancestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was deleted in one place and edited in another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one needs a person: {reason}. Choose per field, or keep one version whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible here: a person must decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(provisional winner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} — disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which value to keep for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photo(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photo(s): added on any side are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep version {n} whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} other field(s) are the same in every version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Records in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records in conflict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records were changed in two places before either side saw the other&apos;s change. Until you decide, every vault shows the same automatic merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} disputed field(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merges cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record(s) in conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatesInput</name>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a vault — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as colleagues know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted in this folder. The passphrase opens it: choose several words you will remember even when tired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name: it goes with every record you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back into the vault. It is shown only now. Write it on paper or print it, and keep it apart from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageEditor</name>
    <message>
        <source>inventory number, title or id; leave empty for a site report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New damage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeInput</name>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumInput</name>
    <message>
        <source>— not set —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a bundle — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in your trust store yet. Add your coordinator&apos;s identity card under People &amp; keys, or export a plain bundle for auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not encrypted (plain): for auditors or the public — anyone can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is encrypted to the people ticked here (and to you). Names are the ones you gave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything they are not known to have yet (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what was never sent to them &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;verything (a full copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove locations (current location, coordinates, site, photo GPS): a snapshot for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text fields (descriptions, notes, inscriptions, actions) are NOT scrubbed: read them for places and names before you send this. A redacted bundle cannot be merged by its recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for removable drives again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.9 GiB — fits a FAT32 USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>650 MiB — fits a CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 MiB — for e-mail or slow links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger exports are split into several complete bundles. Type e.g. 700M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removable &amp;drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split into files of at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {role} · key {fingerprint}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: {digits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name as another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other cards with this name: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards marked NOT VERIFIED are not ticked for you: their fingerprint was never compared with their holder, and anyone can make a card with any name and role on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several cards you trust have the same name, or names that look alike ({names}): tell them apart by the key digits, and rename one under People &amp; keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: you have not compared this fingerprint with its holder. If the card is not really theirs, whoever made it can read what you send to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify a card, ask its holder to read their fingerprint to you in person or by phone, then under People &amp; keys select the card and choose “Compare and mark verified…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No removable drive found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a drive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drive} ({free} free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldKit bundles (*.fkb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one recipient, or choose a plain bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split size is not a size (type e.g. 700M or 3.9G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ticked {names}: not verified. If a card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle files written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions or records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to send to these recipients: they already have everything. No bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bundle file(s) written, {size} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (key {fingerprint}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (key {fingerprint}…, not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted to: {names} and yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT encrypted: anyone who has the file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations were removed; free text was not. The recipients can read and verify this snapshot, not merge it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file from: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvage &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incomplete Object ID only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column the list is sorted by (a click on a column header does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z to A, highest first, newest first. Press to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A to Z, lowest first, oldest first. Press to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version does not match the signature of the key it names ({fp}): it was changed after it was signed. Do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made this change in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, key {fp}, in your trusted people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: this key was revoked in your trusted people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {fp} is not among your trusted people: nobody here has checked who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its card says “{name}” (only that person&apos;s claim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified author {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated more than a day ahead of this computer&apos;s clock when it arrived: the author&apos;s clock may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop .fkb files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose bundles to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldKit bundles (*.fkb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundles (drop them here or use Add…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bundle is checked first, and you see who signed it and what it holds before anything changes in this vault. Bundles can be imported in any order and more than once: nothing is duplicated or overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {n} bundle(s); nothing is imported yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also import the bundles signed by keys I do not trust yet (their authors are shown as unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What these bundles are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {n} bundle(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these bundles can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bundle(s) can be imported; {m} will be left out (see why below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {n} bundle(s) passed the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {n} bundle(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each bundle brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps, forks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: it did not pass the checks or is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bundles} bundle(s) imported: {new} new revision(s), {dup} already here, {photos} new photo(s), {conflicts} record(s) now in conflict, {gaps} gap(s) and {forks} fork(s) in the senders&apos; streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while importing {file}: nothing from that bundle, or from the ones after it, was kept. Bundles listed above it were imported completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you continue, this new key replaces the old one, which then no longer opens this vault; it is the only way back in if the passphrase is forgotten. It is shown only now: write it on paper or print it, and keep it apart from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the vault&apos;s current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;damage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save open editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object ID sheet of the selected object…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Damage report of the selected report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evacuation and inventory list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches objects and damage reports at once. Esc clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vault} — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was shredded: nobody can open it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo vault: its passphrase is “demo” unless you chose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was shredded: its keys are destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · key {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} edit(s) were not saved when FieldKit last locked or closed. They were kept, encrypted. Reopen them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} record(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;FieldKit {version}&lt;/h3&gt;&lt;p&gt;Documents museum collections and the damage they suffer, offline, in an encrypted vault; exchanges signed, encrypted bundles.&lt;/p&gt;&lt;p&gt;Licence: Apache License 2.0. Fonts: Noto Sans and Noto Sans Arabic (SIL Open Font License).&lt;/p&gt;&lt;p&gt;Vault: {vault}&lt;br&gt;Logs (no record text, places or passphrases): {logs}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking as soon as the keys are changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the keys are changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementsInput</name>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>New passphrase — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened the vault with the recovery key. Choose a new passphrase now, so you do not need the key next time. The recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Show a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one, which stops working at once. Do this if the paper with the old key was lost or seen by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectEditor</name>
    <message>
        <source>inventory numbers of this vault, or other references; separate with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects of this vault: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other references, kept as typed: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object ID completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New damage &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: this object can be identified if it is stolen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage reports by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage reports by urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage reports by site or institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needing immediate action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site or institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects needing immediate action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;imports by sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent imports by sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open the object or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{objects} and {damage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) immediate action;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export identity &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;minisign public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organisation, role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint: read it to people who import your card, in person or on the phone, so they know the card is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (their claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and mark &amp;verified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {organisation} — {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name as another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: FieldKit does not send bundles to this card unless you tick it yourself. Ask its holder to read their fingerprint in person or by phone, then use “Compare and mark verified…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another card you trust has the same name, or one that looks alike: tell them apart by the fingerprint, and rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity cards (*.fkid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your minisign public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minisign public key saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a key — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key of {name}? Bundles and revisions it signs after the last bundle you imported from it will be refused. A revoked key cannot be trusted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens a photo; right-click or the Menu key: remove, role, caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here or use “Add photos…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the next photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the thumbnail of this photo is in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record (its history is kept, and it can be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: where things are. Left out of bundles sent with locations removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this &amp;version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the fields and photos of the version selected above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. To bring it back, select a version in the history and choose “Restore this version…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{record}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It disappears from the lists and searches. Its history is kept: restore its last version from the history to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes in the form are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version shown now stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the fields and photos of the version selected in the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored; the change is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo “{photo}” from this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history keeps it: restoring an earlier version brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo role changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption of this photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo caption changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red, then add the photos again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {n} photo(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Photos added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some photos were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These photos were refused; the others were added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no photo was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to “{record}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you discard them, they are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the photos to be added, or cancel first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} shown of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(filters on)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Click to sort by this column; from the keyboard: Sort by (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object ID incomplete: {n} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyConfirmPage</name>
    <message>
        <source>The key is hidden while you type it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the key again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sure you have it, type groups {first} and {second} of the key from your paper (counting from the left, first line then second):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;{n}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {n} of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {n} is not what the key says: check your paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldKit recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this paper somewhere safe and separate from the laptop. Anyone who has it and the laptop can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key in a file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not print on paper: the recovery key will be stored unencrypted in {file}, where anyone who copies that file can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Rekey the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For when a key may be in the wrong hands: new keys are made and the whole database and every photo are encrypted again. Afterwards neither the old passphrase nor the old recovery key opens the vault. Backups made before keep their old keys. This can take minutes for many photos; you can cancel while the photos are being encrypted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rekey now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name FieldKit shows for this key (the card&apos;s own name is {name}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Object ID sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuation and inventory list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave locations out (for lists that leave the site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects sorted by salvage priority, with thumbnails and boxes to tick while packing. Tick nothing to list every object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only objects with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only objects with this salvage priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF is no longer where it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to show PDFs was found. The file is {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder a backup was written to and an empty folder for the restored vault. Use the passphrase the vault had when it was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchSummary</name>
    <message>
        <source>Clear search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every record again (the filters stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results for “{text}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in {kind}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shown below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShredDialog</name>
    <message>
        <source>Shred this vault — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This destroys the keys of the vault in {folder}. Afterwards NOBODY can open it: not you, not with the passphrase, not with the recovery key. Records and photos that were not sent in a bundle or backed up are lost for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type SHRED to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shred the vault now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shred this vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type SHRED in capital letters:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync &amp;folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync folder yet. Add a USB drive or a shared folder: FieldKit leaves your bundles there and picks up the ones addressed to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add sync folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync a&amp;utomatically when this folder appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the selected folder now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder “{name}” is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync “{name}” now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(last sync had a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(imports once you trust the sender&apos;s card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder “{name}” added: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the sync folder “{name}”? Nothing on it is touched, and bundles not yet acknowledged stay in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder “{name}” removed; nothing on it was touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bundle(s) FieldKit left there stay; delete them once their recipients have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing “{name}” automatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picking up bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing new bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying bundles to the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidying up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with “{name}”: {imported} bundle(s) imported ({new} new revision(s)), {delivered} delivered, {read} receipt(s) read and {written} written, {quarantined} quarantined, {waiting} still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync with “{name}” was cancelled. What was already imported or delivered stays; the rest waits for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync with “{name}” failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextListInput</name>
    <message>
        <source>separate several with ;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shred this vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not open the vault. Check the keyboard layout and Caps Lock, then try again — or use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it exactly as printed; dashes and spaces do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a new &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;key the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick: the data keeps its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old recovery key stops working; the new one is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a key may be compromised: everything is encrypted again with new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock automatically after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted copy on another drive, made while you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without keyboard or mouse use (Ctrl+L locks at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shred this vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroys the vault&apos;s keys: nobody can open it again, not even with the recovery key. Send or back up what matters first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify bundles — FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a bundle is complete, unchanged since it was signed, and signed by a key you know. No vault is needed and nothing is written. Without a recipient&apos;s key the encrypted content is not inspected: the result says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check bundles without importing them. Bundles addressed to this vault are also decrypted and every revision, signature and photo inside is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop .fkb files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose bundles to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldKit bundles (*.fkb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop identity cards (.fkid) or minisign public keys (.pub) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose identity cards or public keys you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity cards and public keys (*.fkid *.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundles (drop them here or use Add…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys you trust (optional: the signer&apos;s identity card or .pub file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {n} bundle(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bundle(s) checked: {good} intact and signed by a trusted key, {bad} failed, {other} intact but not signed by a key you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;other bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the verification certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to FieldKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document objects and damage safely, even offline. Everything stays encrypted on this computer until you choose to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a bundle (no vault needed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time here: make a vault and its recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of an existing vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a vault from a backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For auditors: check that a bundle is complete, unchanged and signed by a known key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;vaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;damage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>({n} to resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record(s) in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select {what} in its list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then choose the report again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Vault created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys replaced (rekey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys shredded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvage priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object ID description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location &amp; status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance &amp; notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandalism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thieves and vandals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pollutants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, UV and IR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect relative humidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissociation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water stain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mould</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrosion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abrasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet or shrapnel impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field conservator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – save first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles &amp; sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
