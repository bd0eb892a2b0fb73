<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>archive</name>
    <message>
        <source>bundles</source>
        <translation>paquets</translation>
    </message>
    <message>
        <source>records</source>
        <translation>fiches</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>révisions</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflits</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en quarantaine</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusés</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>constat de dommages</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>container</source>
        <translation>contenant</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>mouvement</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>duplicate_decision</source>
        <translation>décision sur des doublons</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l’argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{label}: {percent}%</source>
        <translation>{label}&#xa0;: {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>annulé.</translation>
    </message>
    <message>
        <source>an internal error stopped this command (report id {report_id}). Please send the report id and the log file to your support contact.</source>
        <translation>une erreur interne a arrêté cette commande (rapport n° {report_id}). Envoyez ce numéro et le fichier journal à votre contact d’assistance.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Fichier journal&#xa0;: {path}</translation>
    </message>
    <message>
        <source>--plain and --to do not go together: a plain bundle is for anyone.</source>
        <translation>--plain et --to ne vont pas ensemble&#xa0;: un paquet non chiffré est pour tout le monde.</translation>
    </message>
    <message>
        <source>Redacted export: locations, coordinates, sites and photo GPS are removed. Free-text fields (descriptions, notes…) are NOT scrubbed: check them for places.</source>
        <translation>Export expurgé&#xa0;: les lieux, coordonnées, sites et GPS des photos sont retirés. Les champs de texte libre (descriptions, notes…) ne sont PAS nettoyés&#xa0;: vérifiez-y les noms de lieux.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Attention&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Nothing new to send to these recipients; no bundle was written.</source>
        <translation>Rien de nouveau à envoyer à ces destinataires&#xa0;; aucun paquet n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n record revision(s)</source>
        <translation>
            <numerusform>%n révision de fiche</numerusform>
            <numerusform>%n révisions de fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {size}, {records}, {photos}, sequence {n}.</source>
        <translation>{file} écrit&#xa0;: {size}, {records}, {photos}, séquence {n}.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted to: {who} and yourself.</source>
        <translation>Chiffré pour&#xa0;: {who} et vous-même.</translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>personne d’autre</translation>
    </message>
    <message>
        <source>NOT encrypted: anyone with the file can read it.</source>
        <translation>NON chiffré&#xa0;: quiconque a le fichier peut le lire.</translation>
    </message>
    <message>
        <source>{file}: NOT imported. {reason}</source>
        <translation>{file}&#xa0;: NON importé. {reason}</translation>
    </message>
    <message>
        <source>{file}: {revisions}, {duplicates} already here, {photos}, {conflicts}.</source>
        <translation>{file}&#xa0;: {revisions}, {duplicates} déjà présentes, {photos}, {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s)</source>
        <translation>
            <numerusform>%n nouvelle révision</numerusform>
            <numerusform>%n nouvelles révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>%n nouvelle photo</numerusform>
            <numerusform>%n nouvelles photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>%n fiche en conflit</numerusform>
            <numerusform>%n fiches en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled while importing {file}: nothing from it or the files after it was kept. Imported completely before it: %n bundle(s).</source>
        <translation>
            <numerusform>Annulé pendant l’importation de {file}&#xa0;: rien de ce fichier ni des suivants n’a été conservé. Importé entièrement avant lui&#xa0;: %n paquet.</numerusform>
            <numerusform>Annulé pendant l’importation de {file}&#xa0;: rien de ce fichier ni des suivants n’a été conservé. Importés entièrement avant lui&#xa0;: %n paquets.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (not verified)</source>
        <translation>{name} (non vérifié)</translation>
    </message>
    <message>
        <source>damage report of {date} on {number}</source>
        <translation>constat de dommages du {date} sur {number}</translation>
    </message>
    <message>
        <source>{number} “{title}”</source>
        <translation>{number} «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>{record} that you deleted was kept by {person}: it is back.</source>
        <translation>Vous aviez supprimé {record}, mais {person} en a gardé sa version&#xa0;: la fiche est de retour.</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>signataire inconnu</translation>
    </message>
    <message>
        <source>{file}: VALID, signed by {who} ({fingerprint}), trusted.</source>
        <translation>{file}&#xa0;: VALIDE, signé par {who} ({fingerprint}), de confiance.</translation>
    </message>
    <message>
        <source>{file}: INTACT, SIGNATURE NOT CHECKED: complete and unchanged, but the signer&apos;s key is not known here ({fingerprint}).</source>
        <translation>{file}&#xa0;: INTACT, SIGNATURE NON VÉRIFIÉE&#xa0;: complet et inchangé, mais la clé du signataire est inconnue ici ({fingerprint}).</translation>
    </message>
    <message>
        <source>{file}: intact, but signed by an untrusted or unknown key ({fingerprint}). Compare the fingerprint with the sender before trusting it.</source>
        <translation>{file}&#xa0;: intact, mais signé par une clé inconnue ou non fiable ({fingerprint}). Comparez l’empreinte avec l’expéditeur avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>{file}: NOT VERIFIED: it was made by a newer FieldKit; update FieldKit.</source>
        <translation>{file}&#xa0;: NON VÉRIFIÉ&#xa0;: il a été fait par un FieldKit plus récent&#xa0;; mettez FieldKit à jour.</translation>
    </message>
    <message>
        <source>{file}: NOT VALID.</source>
        <translation>{file}&#xa0;: NON VALIDE.</translation>
    </message>
    <message>
        <source>  Its own card says it is from {who}.</source>
        <translation>  Sa propre carte d’identité dit qu’il vient de {who}.</translation>
    </message>
    <message>
        <source>problem: {text}</source>
        <translation>problème&#xa0;: {text}</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>remarque&#xa0;: {text}</translation>
    </message>
    <message>
        <source>files checked: {files}, bytes: {size}</source>
        <translation>fichiers vérifiés&#xa0;: {files}, octets&#xa0;: {size}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(absent de ce coffre)</translation>
    </message>
    <message>
        <source>Added location {code}.</source>
        <translation>Lieu {code} ajouté.</translation>
    </message>
    <message>
        <source>Added container {code}.</source>
        <translation>Contenant {code} ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s).</source>
        <translation>
            <numerusform>%n lieu.</numerusform>
            <numerusform>%n lieux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s).</source>
        <translation>
            <numerusform>%n contenant.</numerusform>
            <numerusform>%n contenants.</numerusform>
        </translation>
    </message>
    <message>
        <source>--dry-run goes with `fieldkit move receive`.</source>
        <translation>--dry-run va avec `fieldkit move receive`.</translation>
    </message>
    <message>
        <source>Give the movement: fieldkit move {action} MOVEMENT.</source>
        <translation>Indiquez le mouvement&#xa0;: fieldkit move {action} MOVEMENT.</translation>
    </message>
    <message>
        <source>fieldkit move show takes one movement.</source>
        <translation>fieldkit move show prend un seul mouvement.</translation>
    </message>
    <message>
        <source>fieldkit move cancel takes one movement.</source>
        <translation>fieldkit move cancel prend un seul mouvement.</translation>
    </message>
    <message>
        <source>Say where the items go: --to LOCATION or --to CONTAINER.</source>
        <translation>Indiquez où vont les éléments&#xa0;: --to LOCATION ou --to CONTAINER.</translation>
    </message>
    <message numerus="yes">
        <source>Planned the movement of %n item(s).</source>
        <translation>
            <numerusform>Mouvement de %n élément planifié.</numerusform>
            <numerusform>Mouvement de %n éléments planifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) departed ({with_contents} with the contents of containers); in transit until received.</source>
        <translation>
            <numerusform>%n élément est parti ({with_contents} avec le contenu des contenants)&#xa0;; en transit jusqu’à la réception.</numerusform>
            <numerusform>%n éléments sont partis ({with_contents} avec le contenu des contenants)&#xa0;; en transit jusqu’à la réception.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packed %n item(s) into {container}.</source>
        <translation>
            <numerusform>%n élément emballé dans {container}.</numerusform>
            <numerusform>%n éléments emballés dans {container}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n of them recorded destroyed or deleted ({items}); check their status.</source>
        <translation>
            <numerusform>Remarque&#xa0;: %n d’entre eux est enregistré détruit ou supprimé ({items})&#xa0;; vérifiez son statut.</numerusform>
            <numerusform>Remarque&#xa0;: %n d’entre eux sont enregistrés détruits ou supprimés ({items})&#xa0;; vérifiez leur statut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give what arrived (ITEM... as codes, inventory numbers or ids) or --all.</source>
        <translation>Indiquez ce qui est arrivé (ITEM... en codes, numéros d’inventaire ou identifiants) ou --all.</translation>
    </message>
    <message>
        <source>recorded missing, now received: {item}</source>
        <translation>enregistré disparu, maintenant reçu&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>expected {expected}, received {received}, missing {missing}, extra {extra}</source>
        <translation>attendus {expected}, reçus {received}, disparus {missing}, en trop {extra}</translation>
    </message>
    <message>
        <source>missing: {item}</source>
        <translation>disparu&#xa0;: {item}</translation>
    </message>
    <message>
        <source>extra: {item}</source>
        <translation>en trop&#xa0;: {item}</translation>
    </message>
    <message>
        <source>not in its container: {item}</source>
        <translation>hors de son contenant&#xa0;: {item}</translation>
    </message>
    <message>
        <source>{item}: back at {place}</source>
        <translation>{item}&#xa0;: de retour à {place}</translation>
    </message>
    <message>
        <source>{item}: no place recorded before this departure</source>
        <translation>{item}&#xa0;: aucun lieu enregistré avant ce départ</translation>
    </message>
    <message>
        <source>Departure cancelled: the movement is deleted; its history keeps it.</source>
        <translation>Départ annulé&#xa0;: le mouvement est supprimé&#xa0;; son historique le conserve.</translation>
    </message>
    <message>
        <source>state: {state}</source>
        <translation>état&#xa0;: {state}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>from: {place}</source>
        <translation>de&#xa0;: {place}</translation>
    </message>
    <message>
        <source>to: {place}</source>
        <translation>vers&#xa0;: {place}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <extracomment>Each language&apos;s name in itself, for the language choice (never translated). Plural forms per language, in Qt Linguist&apos;s order. Thousands separators of numbers in displayed text. Digits stay Western in every language, as in the rest of FieldKit&apos;s messages; French writes « 5 001 » (narrow no-break space), Ukrainian « 5 001 » (no-break space), so a count never breaks across two lines. Decimal separators of numbers in displayed text (&quot;2,4 s&quot; in French and Ukrainian). A stored message&apos;s JSON starts with this key, so a plain English reason stored by an older FieldKit (or typed by a person) is never mistaken for one. What separates the items of a DISPLAYED list, per language: (between items, between items that hold commas themselves). Arabic has its own comma «،» and semicolon «؛»; French puts a no-break space before « ; ». ``--json``, the exports (CSV, LIDO, Linked Art) and stored values are contracts and keep &quot;, &quot; and &quot;; &quot; whatever the language. A &quot;Label: value&quot; line of the command line (``object show``, ``move show``, …). French puts a no-break space before the colon (« Statut : Évacué »), as its catalog says once for all.</extracomment>
        <translation>{field}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>items:</source>
        <translation>éléments&#xa0;:</translation>
    </message>
    <message>
        <source>MISSING: not found at its last reception</source>
        <translation>DISPARU&#xa0;: absent à sa dernière réception</translation>
    </message>
    <message>
        <source>in transit to {place}</source>
        <translation>en transit vers {place}</translation>
    </message>
    <message>
        <source>location: not recorded</source>
        <translation>lieu&#xa0;: non enregistré</translation>
    </message>
    <message>
        <source>location: {place}</source>
        <translation>lieu&#xa0;: {place}</translation>
    </message>
    <message>
        <source>container: {code}</source>
        <translation>contenant&#xa0;: {code}</translation>
    </message>
    <message>
        <source>custodian: {name} ({fingerprint})</source>
        <translation>responsable&#xa0;: {name} ({fingerprint})</translation>
    </message>
    <message numerus="yes">
        <source>contents: %n item(s)</source>
        <translation>
            <numerusform>contenu&#xa0;: %n élément</numerusform>
            <numerusform>contenu&#xa0;: %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>movements: %n</source>
        <translation>
            <numerusform>mouvements&#xa0;: %n</numerusform>
            <numerusform>mouvements&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>MISSING at this reception</source>
        <translation>DISPARU à cette réception</translation>
    </message>
    <message>
        <source>Handover recorded; it waits for the receiver&apos;s acceptance.</source>
        <translation>Remise enregistrée&#xa0;; elle attend l’acceptation du destinataire.</translation>
    </message>
    <message>
        <source>Accepted, signed with your key. Send it back in a bundle to the giver.</source>
        <translation>Acceptée, signée avec votre clé. Renvoyez-la dans un paquet à la personne qui a remis les éléments.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>WAITING FOR YOU</source>
        <translation>VOUS ATTEND</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation>à {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s).</source>
        <translation>
            <numerusform>%n remise.</numerusform>
            <numerusform>%n remises.</numerusform>
        </translation>
    </message>
    <message>
        <source>{decision}: {b} is the same object as {a}</source>
        <translation>{decision}&#xa0;: {b} est le même objet que {a}</translation>
    </message>
    <message>
        <source>{decision}: {a} and {b} are not the same object</source>
        <translation>{decision}&#xa0;: {a} et {b} ne sont pas le même objet</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annulée)</translation>
    </message>
    <message>
        <source>(superseded by another decision)</source>
        <translation>(remplacée par une autre décision)</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s).</source>
        <translation>
            <numerusform>%n décision.</numerusform>
            <numerusform>%n décisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bringing the archive up to this version of FieldKit (once): every record&apos;s search is filled again, so numbers and photo captions are found as on a laptop.</source>
        <translation>Mise à niveau de l’archive pour cette version de FieldKit (une seule fois)&#xa0;: la recherche de chaque fiche est remplie à nouveau, afin que les nombres et les légendes des photos soient trouvés comme sur un ordinateur portable.</translation>
    </message>
    <message>
        <source>To decide, open a coordinator&apos;s vault holding both records: fieldkit duplicates decide ID1 ID2 --same|--not-same. The decision reaches the archive in that vault&apos;s next bundle.</source>
        <translation>Pour décider, ouvrez le coffre d’un coordinateur qui contient les deux fiches&#xa0;: fieldkit duplicates decide ID1 ID2 --same|--not-same. La décision parvient à l’archive dans le prochain paquet de ce coffre.</translation>
    </message>
    <message>
        <source>Archive schema ready (version {version}).</source>
        <translation>Schéma de l’archive prêt (version {version}).</translation>
    </message>
    <message>
        <source>Versioning: on.</source>
        <translation>Gestion des versions&#xa0;: activée.</translation>
    </message>
    <message>
        <source>Versioning: OFF.</source>
        <translation>Gestion des versions&#xa0;: DÉSACTIVÉE.</translation>
    </message>
    <message>
        <source>Object lock: {mode} mode.</source>
        <translation>Verrouillage des objets (Object Lock)&#xa0;: mode {mode}.</translation>
    </message>
    <message>
        <source>Object lock: OFF.</source>
        <translation>Verrouillage des objets (Object Lock)&#xa0;: DÉSACTIVÉ.</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Attention&#xa0;: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued, {held} quarantined, {known} already known, {failed} not stored.</source>
        <translation>
            <numerusform>%n paquet mis en file d’attente, {held} en quarantaine, {known} déjà connus, {failed} non enregistrés.</numerusform>
            <numerusform>%n paquets mis en file d’attente, {held} en quarantaine, {known} déjà connus, {failed} non enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued, {held} quarantined, {known} already known.</source>
        <translation>
            <numerusform>%n paquet mis en file d’attente, {held} en quarantaine, {known} déjà connus.</numerusform>
            <numerusform>%n paquets mis en file d’attente, {held} en quarantaine, {known} déjà connus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Once you have checked a sender&apos;s fingerprint and trusted their card for every worker host (fieldkit archive trust add CARD.fkid --verified), run `fieldkit archive requeue` to merge their quarantined bundles.</source>
        <translation>Après avoir vérifié l’empreinte d’un expéditeur et accordé votre confiance à sa carte pour chaque machine de traitement de l’archive (fieldkit archive trust add CARD.fkid --verified), lancez `fieldkit archive requeue` pour fusionner ses paquets en quarantaine.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued again; {kept} still quarantined.</source>
        <translation>
            <numerusform>%n paquet remis en file d’attente&#xa0;; {kept} toujours en quarantaine.</numerusform>
            <numerusform>%n paquets remis en file d’attente&#xa0;; {kept} toujours en quarantaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted {name} as {role} on every worker host of the archive (each applies it before its next bundle).</source>
        <translation>Confiance accordée à {name} avec le rôle «&#xa0;{role}&#xa0;» sur chaque machine de traitement de l’archive (chacune l’applique avant son prochain paquet).</translation>
    </message>
    <message>
        <source>Revoked {name} ({fingerprint}) on every worker host of the archive: bundles signed by this key after the last one merged are quarantined.</source>
        <translation>{name} ({fingerprint}) révoquée sur chaque machine de traitement de l’archive&#xa0;: les paquets signés par cette clé après le dernier fusionné sont mis en quarantaine.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) trusted for every worker host.</source>
        <translation>
            <numerusform>%n carte de confiance pour chaque machine de traitement.</numerusform>
            <numerusform>%n cartes de confiance pour chaque machine de traitement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) revoked for every worker host.</source>
        <translation>
            <numerusform>%n clé révoquée pour chaque machine de traitement.</numerusform>
            <numerusform>%n clés révoquées pour chaque machine de traitement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {bundle}: {state}: {reason}</source>
        <translation>Paquet {bundle}&#xa0;: {state}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) run.</source>
        <translation>
            <numerusform>%n tâche exécutée.</numerusform>
            <numerusform>%n tâches exécutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>quarantined {bundle}: {reason}</source>
        <translation>en quarantaine {bundle}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>failed {bundle}: {reason} (fieldkit archive requeue retries it)</source>
        <translation>en échec {bundle}&#xa0;: {reason} (fieldkit archive requeue le relance)</translation>
    </message>
    <message>
        <source>refused {object} ({size} bytes): {reason}</source>
        <translation>refusé {object} ({size} octets)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Key {key} revoked by {issuer}&apos;s notice.</source>
        <translation>Clé {key} révoquée par l’avis de {issuer}.</translation>
    </message>
    <message>
        <source>Revision {revision} of {record} is dated more than a day ahead of the archive&apos;s clock.</source>
        <translation>La révision {revision} de {record} est datée de plus d’un jour en avance sur l’horloge de l’archive.</translation>
    </message>
    <message>
        <source>(in conflict)</source>
        <translation>(en conflit)</translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of more than %n records found are listed; --limit N lists more.</source>
        <translation>
            <numerusform>Les {shown} premières des plus de %n fiches trouvées sont listées&#xa0;; --limit N en liste davantage.</numerusform>
            <numerusform>Les {shown} premières des plus de %n fiches trouvées sont listées&#xa0;; --limit N en liste davantage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %n records found are listed; --limit N lists more.</source>
        <translation>
            <numerusform>Les {shown} premières des %n fiches trouvées sont listées&#xa0;; --limit N en liste davantage.</numerusform>
            <numerusform>Les {shown} premières des %n fiches trouvées sont listées&#xa0;; --limit N en liste davantage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n fiche trouvée.</numerusform>
            <numerusform>%n fiches trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n doublon possible.</numerusform>
            <numerusform>%n doublons possibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Écrit&#xa0;: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked.</source>
        <translation>
            <numerusform>%n paquet vérifié.</numerusform>
            <numerusform>%n paquets vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) checked.</source>
        <translation>
            <numerusform>%n photo vérifiée.</numerusform>
            <numerusform>%n photos vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problème.</numerusform>
            <numerusform>%n problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) given their retention now.</source>
        <translation>
            <numerusform>%n paquet est désormais sous conservation.</numerusform>
            <numerusform>%n paquets sont désormais sous conservation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged bundle(s) stored without retention (object lock): nothing in the storage prevents their deletion. `fieldkit archive verify --retain` gives them their retention.</source>
        <translation>
            <numerusform>%n paquet fusionné est stocké sans conservation (verrouillage des objets)&#xa0;: rien dans le stockage n’empêche sa suppression. `fieldkit archive verify --retain` le place sous conservation.</numerusform>
            <numerusform>%n paquets fusionnés sont stockés sans conservation (verrouillage des objets)&#xa0;: rien dans le stockage n’empêche leur suppression. `fieldkit archive verify --retain` les place sous conservation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged bundle(s) stored without retention, because the bucket has no object lock or the retention is 0 days: nothing in the storage prevents their deletion.</source>
        <translation>
            <numerusform>%n paquet fusionné est stocké sans conservation, car le compartiment n’a pas de verrouillage des objets ou la durée de conservation est de 0 jour&#xa0;: rien dans le stockage n’empêche sa suppression.</numerusform>
            <numerusform>%n paquets fusionnés sont stockés sans conservation, car le compartiment n’a pas de verrouillage des objets ou la durée de conservation est de 0 jour&#xa0;: rien dans le stockage n’empêche leur suppression.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (--json lists them all).</source>
        <translation>
            <numerusform>… et %n autre (--json les liste tous).</numerusform>
            <numerusform>… et %n autres (--json les liste tous).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Index emptied; %n bundle(s) queued again. Merging…</source>
        <translation>
            <numerusform>Index vidé&#xa0;; %n paquet remis en file d’attente. Fusion…</numerusform>
            <numerusform>Index vidé&#xa0;; %n paquets remis en file d’attente. Fusion…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilt: {records} records, {revisions} revisions.</source>
        <translation>Reconstruit&#xa0;: {records} fiches, {revisions} révisions.</translation>
    </message>
    <message>
        <source>Merged {b} into {a}: both now name {a}.</source>
        <translation>{b} fusionné dans {a}&#xa0;: les deux désignent désormais {a}.</translation>
    </message>
    <message>
        <source>Recorded: {a} and {b} are not the same object.</source>
        <translation>Enregistré&#xa0;: {a} et {b} ne sont pas le même objet.</translation>
    </message>
    <message>
        <source>Decision {id} (undo: fieldkit duplicates undo {id}).</source>
        <translation>Décision {id} (pour annuler&#xa0;: fieldkit duplicates undo {id}).</translation>
    </message>
    <message>
        <source>Undone: {a} and {b} are two records again.</source>
        <translation>Annulé&#xa0;: {a} et {b} sont de nouveau deux fiches.</translation>
    </message>
    <message>
        <source>Undone: {a} and {b} may be suggested again.</source>
        <translation>Annulé&#xa0;: {a} et {b} pourront de nouveau être proposés.</translation>
    </message>
    <message>
        <source>Give the fields with --json FILE (or --json - to read standard input).</source>
        <translation>Donnez les champs avec --json FILE (ou --json - pour lire l’entrée standard).</translation>
    </message>
    <message>
        <source>Added object {label}.</source>
        <translation>Objet {label} ajouté.</translation>
    </message>
    <message>
        <source>Saved object {label}.</source>
        <translation>Objet {label} enregistré.</translation>
    </message>
    <message>
        <source>Restored object {label}.</source>
        <translation>Objet {label} rétabli.</translation>
    </message>
    <message>
        <source>Added damage report {label}.</source>
        <translation>Constat de dommages {label} ajouté.</translation>
    </message>
    <message>
        <source>Saved damage report {label}.</source>
        <translation>Constat de dommages {label} enregistré.</translation>
    </message>
    <message>
        <source>Restored damage report {label}.</source>
        <translation>Constat de dommages {label} rétabli.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n objects now share this inventory number.</source>
        <translation>
            <numerusform>Attention&#xa0;: %n objet partage maintenant ce numéro d’inventaire.</numerusform>
            <numerusform>Attention&#xa0;: %n objets partagent maintenant ce numéro d’inventaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted; its history is kept.</source>
        <translation>Supprimé&#xa0;; son historique est conservé.</translation>
    </message>
    <message>
        <source>{merged} is an object of its own again: its merge into {id} was undone.</source>
        <translation>{merged} est de nouveau un objet à part entière&#xa0;: sa fusion dans {id} a été annulée.</translation>
    </message>
    <message>
        <source>{merged} was merged into {id}: they are the same object.</source>
        <translation>{merged} a été fusionné dans {id}&#xa0;: c’est le même objet.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(in conflict: see `fieldkit conflicts show`)</source>
        <translation>(en conflit&#xa0;: voir `fieldkit conflicts show`)</translation>
    </message>
    <message>
        <source>{shown} (as documented: {documented})</source>
        <translation>{shown} (tel que documenté&#xa0;: {documented})</translation>
    </message>
    <message>
        <source>photo ({role}): {hash}</source>
        <translation>photo ({role})&#xa0;: {hash}</translation>
    </message>
    <message>
        <source>Object ID missing: {fields}</source>
        <translation>Object ID manquant&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Object ID: complete</source>
        <translation>Object ID&#xa0;: complet</translation>
    </message>
    <message>
        <source>History (oldest first):</source>
        <translation>Historique (du plus ancien au plus récent)&#xa0;:</translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translation>SIGNATURE INCORRECTE</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>unverified author</source>
        <translation>auteur non vérifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>(history incomplete: an earlier version has not arrived yet)</source>
        <translation>(historique incomplet&#xa0;: une version antérieure n’est pas encore arrivée)</translation>
    </message>
    <message>
        <source>(dated ahead of this computer&apos;s clock)</source>
        <translation>(datée en avance sur l’horloge de cet ordinateur)</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>missing {count}</source>
        <translation>manque {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s).</source>
        <translation>
            <numerusform>%n objet.</numerusform>
            <numerusform>%n objets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damage report(s).</source>
        <translation>
            <numerusform>%n constat de dommages.</numerusform>
            <numerusform>%n constats de dommages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The desktop app is not part of this FieldKit version yet; use the commands listed by `fieldkit --help`.</source>
        <translation>L’application de bureau ne fait pas encore partie de cette version de FieldKit&#xa0;; utilisez les commandes listées par `fieldkit --help`.</translation>
    </message>
    <message>
        <source>not a whole number: {value}</source>
        <translation>pas un nombre entier&#xa0;: {value}</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>doit valoir au moins 1</translation>
    </message>
    <message>
        <source>--verify checks the whole log; --limit and --action only apply to listing.</source>
        <translation>--verify vérifie tout le journal&#xa0;; --limit et --action ne s’appliquent qu’à la liste.</translation>
    </message>
    <message>
        <source>No audit events.</source>
        <translation>Aucun événement d’audit.</translation>
    </message>
    <message>
        <source>No {action} events.</source>
        <translation>Aucun événement {action}.</translation>
    </message>
    <message>
        <source>Audit log intact: {count} events, head {head}.</source>
        <translation>Journal d’audit intact&#xa0;: événements&#xa0;: {count}, tête {head}.</translation>
    </message>
    <message>
        <source>The audit log is NOT intact (problems: {count}): it was altered outside FieldKit. Keep this vault as evidence and compare it with a backup.</source>
        <translation>Le journal d’audit N’EST PAS intact (problèmes&#xa0;: {count})&#xa0;: il a été modifié hors de FieldKit. Gardez ce coffre comme preuve et comparez-le avec une sauvegarde.</translation>
    </message>
    <message>
        <source>needs a person ({reason})</source>
        <translation>demande une personne ({reason})</translation>
    </message>
    <message>
        <source>disputed: {fields}</source>
        <translation>en désaccord&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>merges cleanly</source>
        <translation>fusion sans conflit</translation>
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
            <numerusform>%n fiche en conflit.</numerusform>
            <numerusform>%n fiches en conflit.</numerusform>
        </translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>version {revision} by {who}</source>
        <translation>version {revision} par {who}</translation>
    </message>
    <message>
        <source>(winner)</source>
        <translation>(retenue)</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>SUPPRIMÉE</translation>
    </message>
    <message>
        <source>Needs a person: {reason}.</source>
        <translation>Demande une personne&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Resolved: merge revision {revision} written.</source>
        <translation>Résolu&#xa0;: révision de fusion {revision} écrite.</translation>
    </message>
    <message>
        <source>Created the demo vault in {path} (passphrase: {passphrase}).</source>
        <translation>Coffre de démonstration créé dans {path} (phrase secrète&#xa0;: {passphrase}).</translation>
    </message>
    <message>
        <source>Opened the demo vault in {path} (passphrase: {passphrase}).</source>
        <translation>Coffre de démonstration ouvert dans {path} (phrase secrète&#xa0;: {passphrase}).</translation>
    </message>
    <message>
        <source>Generated {objects} objects ({incomplete} with incomplete Object ID), {damage} damage reports, {sites} site reports and {photos} photos in {seconds} s ({rate} records/s).</source>
        <translation>Généré en {seconds} s ({rate} fiches/s)&#xa0;: objets&#xa0;: {objects} (dont Object ID incomplet&#xa0;: {incomplete}), constats de dommages&#xa0;: {damage}, constats de site&#xa0;: {sites}, photos&#xa0;: {photos}.</translation>
    </message>
    <message>
        <source>It holds {objects} objects, {damage} damage reports, {sites} site reports and {photos} photos (--objects applies only when the demo vault is created).</source>
        <translation>Il contient&#xa0;: objets&#xa0;: {objects}, constats de dommages&#xa0;: {damage}, constats de site&#xa0;: {sites}, photos&#xa0;: {photos} (--objects ne s’applique qu’à la création du coffre de démonstration).</translation>
    </message>
    <message>
        <source>It holds {objects} objects, {damage} damage reports, {sites} site reports and {photos} photos.</source>
        <translation>Il contient&#xa0;: objets&#xa0;: {objects}, constats de dommages&#xa0;: {damage}, constats de site&#xa0;: {sites}, photos&#xa0;: {photos}.</translation>
    </message>
    <message>
        <source>Its collection was interrupted while being generated: delete the folder and run `fieldkit demo` again for a complete one.</source>
        <translation>La création de sa collection a été interrompue&#xa0;: supprimez le dossier et relancez `fieldkit demo` pour une collection complète.</translation>
    </message>
    <message>
        <source>The desktop app arrives in a later version; nothing more to open for now.</source>
        <translation>L’application de bureau arrive dans une version ultérieure&#xa0;; rien d’autre à ouvrir pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damage report(s)</source>
        <translation>
            <numerusform>%n constat de dommages</numerusform>
            <numerusform>%n constats de dommages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in {folder}</source>
        <translation>
            <numerusform>%n photo dans {folder}</numerusform>
            <numerusform>%n photos dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file} ({format}): {parts}.</source>
        <translation>{file} écrit ({format})&#xa0;: {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in conflict: exported as the automatic merge (`fieldkit conflicts list` shows them).</source>
        <translation>
            <numerusform>%n objet en conflit&#xa0;: exporté selon la fusion automatique (`fieldkit conflicts list` les montre).</numerusform>
            <numerusform>%n objets en conflit&#xa0;: exportés selon la fusion automatique (`fieldkit conflicts list` les montre).</numerusform>
        </translation>
    </message>
    <message>
        <source>(key id {id})</source>
        <translation>(identifiant de clé {id})</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Minisign public key:</source>
        <translation>Clé publique minisign&#xa0;:</translation>
    </message>
    <message>
        <source>Age recipient:</source>
        <translation>Destinataire age&#xa0;:</translation>
    </message>
    <message>
        <source>Identity card written to {path}.</source>
        <translation>Carte d’identité écrite dans {path}.</translation>
    </message>
    <message>
        <source>Minisign public key written to {path}.</source>
        <translation>Clé publique minisign écrite dans {path}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}. Read it to whoever imports your card (in person or by phone) so they can check it.</source>
        <translation>Empreinte&#xa0;: {fingerprint}. Lisez-la à qui importe votre carte (en personne ou par téléphone) pour qu’il puisse la vérifier.</translation>
    </message>
    <message>
        <source>--no-passphrase was given together with a passphrase for the exported key.</source>
        <translation>--no-passphrase a été donné avec une phrase secrète pour la clé exportée.</translation>
    </message>
    <message>
        <source>No passphrase for the exported key was given and there is no terminal to ask for one.</source>
        <translation>Aucune phrase secrète n’a été donnée pour la clé exportée et il n’y a pas de terminal pour la demander.</translation>
    </message>
    <message>
        <source>Use --key-passphrase-file FILE, set {variable}, or add --no-passphrase.</source>
        <translation>Utilisez --key-passphrase-file FILE, définissez {variable}, ou ajoutez --no-passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ; no key was written.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; aucune clé n’a été écrite.</translation>
    </message>
    <message>
        <source>The transport key was written to {path}, protected by the passphrase you gave. Stock age opens files sent to {recipient} with `age -d -i {path} FILE` (it asks for that passphrase).</source>
        <translation>La clé de transport a été écrite dans {path}, protégée par la phrase secrète donnée. L’outil age ouvre les fichiers envoyés à {recipient} avec `age -d -i {path} FILE` (il demande cette phrase secrète).</translation>
    </message>
    <message>
        <source>Warning: {path} holds the transport secret key UNPROTECTED: anyone who copies it can read bundles sent to this vault. Keep it on an encrypted drive and delete it when you no longer need it.</source>
        <translation>Attention&#xa0;: {path} contient la clé secrète de transport SANS PROTECTION&#xa0;: quiconque la copie peut lire les paquets envoyés à ce coffre. Gardez-la sur un disque chiffré et supprimez-la quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>packing list</source>
        <translation>liste de colisage</translation>
    </message>
    <message>
        <source>movement form</source>
        <translation>bordereau de mouvement</translation>
    </message>
    <message>
        <source>handover certificate</source>
        <translation>certificat de remise</translation>
    </message>
    <message>
        <source>evacuation permission</source>
        <translation>autorisation d’évacuation</translation>
    </message>
    <message numerus="yes">
        <source>{document}, %n item(s)</source>
        <translation>
            <numerusform>{document}, %n élément</numerusform>
            <numerusform>{document}, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Remarque&#xa0;: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {what}, %n page(s).</source>
        <translation>
            <numerusform>{file} écrit&#xa0;: {what}, %n page.</numerusform>
            <numerusform>{file} écrit&#xa0;: {what}, %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Object ID sheet(s)</source>
        <translation>
            <numerusform>%n fiche Object ID</numerusform>
            <numerusform>%n fiches Object ID</numerusform>
        </translation>
    </message>
    <message>
        <source>damage report</source>
        <translation>constat de dommages</translation>
    </message>
    <message>
        <source>Locations are left out; free-text fields are not scrubbed of place names.</source>
        <translation>Les lieux sont omis&#xa0;; les champs de texte libre ne sont pas nettoyés des noms de lieux.</translation>
    </message>
    <message>
        <source>verification certificate</source>
        <translation>certificat de vérification</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a rate like 200k or 1M (bytes per second).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un débit comme 200k ou 1M (octets par seconde).</translation>
    </message>
    <message>
        <source>A bandwidth limit is at least 1k (bytes per second).</source>
        <translation>Une limite de débit vaut au moins 1k (octets par seconde).</translation>
    </message>
    <message>
        <source>--to goes with `fieldkit sync target add NAME PATH`.</source>
        <translation>--to va avec `fieldkit sync target add NAME PATH`.</translation>
    </message>
    <message>
        <source>{option} goes with `fieldkit sync target add NAME s3://BUCKET/PREFIX`.</source>
        <translation>{option} va avec `fieldkit sync target add NAME s3://BUCKET/PREFIX`.</translation>
    </message>
    <message>
        <source>Usage: {usage}</source>
        <translation>Utilisation&#xa0;: {usage}</translation>
    </message>
    <message>
        <source>Sync target &apos;{name}&apos; is {path}.</source>
        <translation>La cible de synchronisation «&#xa0;{name}&#xa0;» est {path}.</translation>
    </message>
    <message>
        <source>Bundles there go to: {recipients}.</source>
        <translation>Les paquets déposés là vont à&#xa0;: {recipients}.</translation>
    </message>
    <message>
        <source>Sync target &apos;{name}&apos; removed; nothing on it was touched.</source>
        <translation>Cible de synchronisation «&#xa0;{name}&#xa0;» retirée&#xa0;; rien n’y a été touché.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) FieldKit delivered there stay on it; delete them by hand once their recipients have them.</source>
        <translation>
            <numerusform>%n paquet déposé là par FieldKit y reste&#xa0;; supprimez-le à la main quand ses destinataires l’ont.</numerusform>
            <numerusform>%n paquets déposés là par FieldKit y restent&#xa0;; supprimez-les à la main quand leurs destinataires les ont.</numerusform>
        </translation>
    </message>
    <message>
        <source>An S3 target needs its endpoint: `fieldkit sync target add {name} {url} --endpoint URL`.</source>
        <translation>Une cible S3 a besoin de son point d’accès&#xa0;: `fieldkit sync target add {name} {url} --endpoint URL`.</translation>
    </message>
    <message>
        <source>Sync target &apos;{name}&apos; is {path} on {endpoint}.</source>
        <translation>La cible de synchronisation «&#xa0;{name}&#xa0;» est {path} sur {endpoint}.</translation>
    </message>
    <message>
        <source>Its credentials are kept only inside this vault (encrypted).</source>
        <translation>Ses identifiants ne sont conservés que dans ce coffre (chiffrés).</translation>
    </message>
    <message>
        <source>Note: {problem}; the target is kept, and synced when it answers.</source>
        <translation>Remarque&#xa0;: {problem}&#xa0;; la cible est conservée, et synchronisée quand elle répond.</translation>
    </message>
    <message>
        <source>No sync target yet; add one with `fieldkit sync target add NAME PATH`.</source>
        <translation>Aucune cible de synchronisation pour l’instant&#xa0;; ajoutez-en une avec `fieldkit sync target add NAME PATH`.</translation>
    </message>
    <message>
        <source>Note: {name} ({fingerprint}…) is not in your trust store: their bundles will be quarantined until you trust their card.</source>
        <translation>Remarque&#xa0;: {name} ({fingerprint}…) n’est pas parmi vos clés de confiance&#xa0;: ses paquets seront mis en quarantaine jusqu’à ce que vous fassiez confiance à sa carte.</translation>
    </message>
    <message>
        <source>every verified coordinator</source>
        <translation>chaque coordinateur vérifié</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>accessible</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>inaccessible</translation>
    </message>
    <message>
        <source>{place} on {endpoint}</source>
        <translation>{place} sur {endpoint}</translation>
    </message>
    <message>
        <source>bundles waiting: {waiting}, awaiting acknowledgement: {awaiting}, quarantined: {quarantined}</source>
        <translation>paquets en attente&#xa0;: {waiting}, en attente d’accusé de réception&#xa0;: {awaiting}, en quarantaine&#xa0;: {quarantined}</translation>
    </message>
    <message>
        <source>not yet sent: {revisions}, {photos} (the next sync exports them)</source>
        <translation>pas encore envoyé&#xa0;: {revisions}, {photos} (la prochaine synchronisation les exporte)</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>bytes pending: {size}</source>
        <translation>octets en attente&#xa0;: {size}</translation>
    </message>
    <message>
        <source>last push: {push}, last pull: {pull}</source>
        <translation>dernier envoi&#xa0;: {push}, dernière réception&#xa0;: {pull}</translation>
    </message>
    <message>
        <source>quarantine: {text}</source>
        <translation>quarantaine&#xa0;: {text}</translation>
    </message>
    <message>
        <source>last problem: {text}</source>
        <translation>dernier problème&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Nothing is quarantined.</source>
        <translation>Rien n’est en quarantaine.</translation>
    </message>
    <message>
        <source>{target}: sent {sent} bundle(s) ({exported} new, {revisions} revision(s)); imported {imported} bundle(s) with {new} new revision(s); {acknowledged} acknowledged, {removed} removed from the target; {waiting} waiting.</source>
        <translation>{target}&#xa0;: paquets envoyés&#xa0;: {sent} (nouveaux&#xa0;: {exported}, révisions&#xa0;: {revisions})&#xa0;; paquets importés&#xa0;: {imported}, avec nouvelles révisions&#xa0;: {new}&#xa0;; accusés de réception&#xa0;: {acknowledged}, retirés de la cible&#xa0;: {removed}&#xa0;; en attente&#xa0;: {waiting}.</translation>
    </message>
    <message>
        <source>quarantined {file}: {reason}</source>
        <translation>mis en quarantaine {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No sync target is set up; add one with `fieldkit sync target add NAME PATH`.</source>
        <translation>Aucune cible de synchronisation n’est configurée&#xa0;; ajoutez-en une avec `fieldkit sync target add NAME PATH`.</translation>
    </message>
    <message>
        <source>No sync target is reachable right now; bundles wait in the outbox.</source>
        <translation>Aucune cible de synchronisation n’est joignable pour l’instant&#xa0;; les paquets attendent dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Warning: you now trust more than one card named like {name}: this one (fingerprint {fingerprint}…) and {others}. Make sure each is who you think, and rename one with --name so they cannot be mixed up.</source>
        <translation>Attention&#xa0;: vous faites maintenant confiance à plus d’une carte au nom semblable à {name}&#xa0;: celle-ci (empreinte {fingerprint}…) et {others}. Assurez-vous que chacune est bien qui vous pensez, et renommez-en une avec --name pour ne pas les confondre.</translation>
    </message>
    <message>
        <source>(the card says {name})</source>
        <translation>(la carte dit {name})</translation>
    </message>
    <message>
        <source>(the role its card claims)</source>
        <translation>(le rôle que sa carte indique)</translation>
    </message>
    <message>
        <source>Trusted {name}{claim} as {role}{claimed_role}.</source>
        <translation>Confiance accordée à {name}{claim} comme {role}{claimed_role}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Empreinte&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <source>Marked as verified: you compared this fingerprint with its holder.</source>
        <translation>Marquée comme vérifiée&#xa0;: vous avez comparé cette empreinte avec son détenteur.</translation>
    </message>
    <message>
        <source>Not verified yet: compare the fingerprint above aloud with its holder (in person or by phone; they see theirs with `fieldkit identity show`), then run this again with --verified.</source>
        <translation>Pas encore vérifiée&#xa0;: comparez à voix haute l’empreinte ci-dessus avec son détenteur (en personne ou par téléphone&#xa0;; il voit la sienne avec `fieldkit identity show`), puis relancez ceci avec --verified.</translation>
    </message>
    <message>
        <source>Until then it does not receive bundles unless you name it with `export --to`.</source>
        <translation>D’ici là, elle ne reçoit de paquets que si vous la nommez avec `export --to`.</translation>
    </message>
    <message>
        <source>This vault trusts no keys yet: add a card with `fieldkit trust add FILE.fkid`.</source>
        <translation>Ce coffre ne fait encore confiance à aucune clé&#xa0;: ajoutez une carte avec `fieldkit trust add FILE.fkid`.</translation>
    </message>
    <message>
        <source>Some trusted cards have the same name (or names that look the same): tell them apart by fingerprint, and rename one with `fieldkit trust add CARD.fkid --name NAME`.</source>
        <translation>Certaines cartes de confiance ont le même nom (ou des noms qui se ressemblent)&#xa0;: distinguez-les par leur empreinte, et renommez-en une avec `fieldkit trust add CARD.fkid --name NAME`.</translation>
    </message>
    <message>
        <source>Unverified coordinators do not receive bundles unless named with `export --to`. To verify one, compare its fingerprint with its holder in person or by phone (they read theirs with `fieldkit identity show`), then run `fieldkit trust add CARD.fkid --verified`.</source>
        <translation>Les coordinateurs non vérifiés ne reçoivent de paquets que s’ils sont nommés avec `export --to`. Pour en vérifier un, comparez son empreinte avec son détenteur en personne ou par téléphone (il lit la sienne avec `fieldkit identity show`), puis lancez `fieldkit trust add CARD.fkid --verified`.</translation>
    </message>
    <message>
        <source>{name} ({fingerprint}) was already revoked on {date}.</source>
        <translation>{name} ({fingerprint}) a déjà été révoquée le {date}.</translation>
    </message>
    <message>
        <source>Revoked {name} ({fingerprint}): bundles and revisions signed by this key are no longer accepted.</source>
        <translation>{name} ({fingerprint}) révoquée&#xa0;: les paquets et révisions signés par cette clé ne sont plus acceptés.</translation>
    </message>
    <message>
        <source>{label} {percent}%</source>
        <translation>{label} {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>The recovery key was written to {path}: print it, then delete the file.</source>
        <translation>La clé de secours a été écrite dans {path}&#xa0;: imprimez-la, puis supprimez le fichier.</translation>
    </message>
    <message>
        <source>Your recovery key (shown only this once). Write it down or print it and keep it apart from this computer: it opens the vault if the passphrase is forgotten.</source>
        <translation>Votre clé de secours (affichée cette seule fois). Notez-la ou imprimez-la et gardez-la loin de cet ordinateur&#xa0;: elle ouvre le coffre si la phrase secrète est oubliée.</translation>
    </message>
    <message>
        <source>Creating the vault (measuring this computer&apos;s speed for the key)…</source>
        <translation>Création du coffre (mesure de la vitesse de cet ordinateur pour la clé)…</translation>
    </message>
    <message>
        <source>Created a vault in {path} (id {id}).</source>
        <translation>Coffre créé dans {path} (identifiant {id}).</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before still open with the old one.</source>
        <translation>La phrase secrète a été changée. Les sauvegardes faites avant s’ouvrent toujours avec l’ancienne.</translation>
    </message>
    <message>
        <source>Re-encrypting the database and every photo with new keys…</source>
        <translation>Rechiffrement de la base de données et de chaque photo avec de nouvelles clés…</translation>
    </message>
    <message>
        <source>Done: new keys and the new passphrase; the old passphrase and recovery key no longer open this vault. Backups made before keep their old keys and still open with the old passphrase and recovery key: destroy them if those may be compromised.</source>
        <translation>Terminé&#xa0;: nouvelles clés et nouvelle phrase secrète&#xa0;; l’ancienne phrase secrète et l’ancienne clé de secours n’ouvrent plus ce coffre. Les sauvegardes faites avant gardent leurs anciennes clés et s’ouvrent toujours avec l’ancienne phrase secrète et l’ancienne clé de secours&#xa0;: détruisez-les si celles-ci ont pu être compromises.</translation>
    </message>
    <message>
        <source>This vault is already shredded.</source>
        <translation>Ce coffre est déjà détruit.</translation>
    </message>
    <message>
        <source>Shredding needs a typed confirmation and there is no terminal.</source>
        <translation>La destruction demande une confirmation tapée, et il n’y a pas de terminal.</translation>
    </message>
    <message>
        <source>Add --confirm {word} to destroy the vault&apos;s keys for good.</source>
        <translation>Ajoutez --confirm {word} pour détruire définitivement les clés du coffre.</translation>
    </message>
    <message>
        <source>This destroys the keys of the vault in {path}. Nobody, not even with the recovery key, will ever read it again.</source>
        <translation>Ceci détruit les clés du coffre dans {path}. Personne, même avec la clé de secours, ne pourra plus jamais le lire.</translation>
    </message>
    <message>
        <source>Type {word} to confirm: </source>
        <translation>Tapez {word} pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>Not confirmed; nothing was destroyed.</source>
        <translation>Non confirmé&#xa0;; rien n’a été détruit.</translation>
    </message>
    <message>
        <source>The vault&apos;s keys are destroyed. On SSDs and USB sticks old copies of blocks may survive; full-disk encryption protects against that.</source>
        <translation>Les clés du coffre sont détruites. Sur les SSD et les clés USB, d’anciennes copies de blocs peuvent subsister&#xa0;; le chiffrement complet du disque protège contre cela.</translation>
    </message>
    <message>
        <source>Backup written to {path} (files: {files}, bytes: {size}). It opens with this vault&apos;s current passphrase and recovery key.</source>
        <translation>Sauvegarde écrite dans {path} (fichiers&#xa0;: {files}, octets&#xa0;: {size}). Elle s’ouvre avec la phrase secrète et la clé de secours actuelles de ce coffre.</translation>
    </message>
    <message>
        <source>The vault is open in another FieldKit window or command: the backup is a consistent snapshot, and is not listed in the vault&apos;s audit log.</source>
        <translation>Le coffre est ouvert dans une autre fenêtre ou commande FieldKit&#xa0;: la sauvegarde est un instantané cohérent, et n’apparaît pas dans le journal d’audit du coffre.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be backed up: the vault&apos;s media folder has lost their files. The backup lists them as missing:</source>
        <translation>
            <numerusform>%n photo n’a pas pu être sauvegardée&#xa0;: son fichier manque dans le dossier des médias du coffre. La sauvegarde l’indique comme manquante&#xa0;:</numerusform>
            <numerusform>%n photos n’ont pas pu être sauvegardées&#xa0;: leurs fichiers manquent dans le dossier des médias du coffre. La sauvegarde les indique comme manquantes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into {path}. Its bundles now start a new series, so colleagues can tell them apart from those sent before the backup.</source>
        <translation>Restauré dans {path}. Ses paquets commencent maintenant une nouvelle série&#xa0;: vos collègues les distinguent de ceux envoyés avant la sauvegarde.</translation>
    </message>
    <message>
        <source>It has the same identity key as the original: use it INSTEAD of the lost or damaged vault, never both, or colleagues receive two different versions of your work.</source>
        <translation>Il a la même clé d’identité que l’original&#xa0;: utilisez-le À LA PLACE du coffre perdu ou endommagé, jamais les deux, sinon vos collègues reçoivent deux versions différentes de votre travail.</translation>
    </message>
    <message numerus="yes">
        <source>The restored vault lacks %n photo(s): the vault had lost their files before this backup was made, and the backup lists them as missing:</source>
        <translation>
            <numerusform>Il manque %n photo au coffre restauré&#xa0;: le coffre avait perdu son fichier avant cette sauvegarde, et la sauvegarde l’indique comme manquante&#xa0;:</numerusform>
            <numerusform>Il manque %n photos au coffre restauré&#xa0;: le coffre avait perdu leurs fichiers avant cette sauvegarde, et la sauvegarde les indique comme manquantes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>ligne {row}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>row {row}, column &apos;{column}&apos;: {problem}</source>
        <translation>ligne {row}, colonne «&#xa0;{column}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {rows} ({encoding}; columns separated by {sep})</source>
        <translation>{file}&#xa0;: {rows} ({encoding}&#xa0;; colonnes séparées par&#xa0;: {sep})</translation>
    </message>
    <message>
        <source>{file}: {rows} ({encoding}, detected; columns separated by {sep})</source>
        <translation>{file}&#xa0;: {rows} ({encoding}, détecté&#xa0;; colonnes séparées par&#xa0;: {sep})</translation>
    </message>
    <message numerus="yes">
        <source>; %n empty row(s) skipped.</source>
        <translation>
            <numerusform>&#xa0;; %n ligne vide ignorée.</numerusform>
            <numerusform>&#xa0;; %n lignes vides ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <source>Dates such as 14/03/2026 are read as {order} (--date-order).</source>
        <translation>Les dates comme 14/03/2026 sont lues comme {order} (--date-order).</translation>
    </message>
    <message>
        <source>Dates such as 14/03/2026 are read as {order}: a date in the file can only be read that way (--date-order changes it).</source>
        <translation>Les dates comme 14/03/2026 sont lues comme {order}&#xa0;: une date du fichier ne peut se lire que de cette façon (--date-order le change).</translation>
    </message>
    <message>
        <source>Encoding: {encoding} ({how}).</source>
        <translation>Encodage&#xa0;: {encoding} ({how}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; → {field}</source>
        <translation>«&#xa0;{column}&#xa0;» → {field}</translation>
    </message>
    <message>
        <source>Columns: {columns}.</source>
        <translation>Colonnes&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>{count} column(s) without a header</source>
        <translation>colonne(s) sans en-tête&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Not imported: {columns} (skipped with --map, or empty).</source>
        <translation>Non importé&#xa0;: {columns} (ignoré avec --map, ou vide).</translation>
    </message>
    <message>
        <source>Rows as read ({encoding}; check that the letters look right):</source>
        <translation>Lignes telles que lues ({encoding}&#xa0;; vérifiez que les lettres sont correctes)&#xa0;:</translation>
    </message>
    <message>
        <source>row {row}: {cells}</source>
        <translation>ligne {row}&#xa0;: {cells}</translation>
    </message>
    <message>
        <source>Warning: duplicate inventory numbers in the file: {numbers}.</source>
        <translation>Attention&#xa0;: numéros d’inventaire en double dans le fichier&#xa0;: {numbers}.</translation>
    </message>
    <message>
        <source>Warning: duplicate inventory numbers already in the vault: {numbers}.</source>
        <translation>Attention&#xa0;: numéros d’inventaire déjà présents dans le coffre&#xa0;: {numbers}.</translation>
    </message>
    <message>
        <source>{number} (rows {rows})</source>
        <translation>{number} (lignes {rows})</translation>
    </message>
    <message>
        <source>They are imported anyway (unique within a vault is warned, not enforced).</source>
        <translation>Ils sont importés quand même (l’unicité dans un coffre est signalée, pas imposée).</translation>
    </message>
    <message>
        <source>{count} of these record(s) were already sent to other vaults in bundles: they will be deleted there too when the next bundle goes.</source>
        <translation>Fiches déjà envoyées à d’autres coffres dans des paquets&#xa0;: {count}&#xa0;; elles y seront supprimées aussi avec le prochain paquet.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <source>Dry run: undoing import {number} would delete {count} record(s); nothing was changed.</source>
        <translation>Essai à blanc&#xa0;: fiches que supprimerait l’annulation de l’importation {number}&#xa0;: {count}&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n row(s)</source>
        <translation>
            <numerusform>dans %n ligne</numerusform>
            <numerusform>dans %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors} {in_rows}; nothing was changed.</source>
        <translation>{errors} {in_rows}&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{errors} {in_rows}; nothing was imported.</source>
        <translation>{errors} {in_rows}&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Correct them in the spreadsheet and import again (--dry-run checks without importing).</source>
        <translation>Corrigez-les dans le tableur et importez à nouveau (--dry-run vérifie sans importer).</translation>
    </message>
    <message>
        <source>Dry run: {count} object(s) would be imported; nothing was changed.</source>
        <translation>Essai à blanc&#xa0;: objet(s) qui seraient importés&#xa0;: {count}&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Imported {count} object(s) in one transaction ({seconds} s).</source>
        <translation>Objet(s) importé(s) en une seule transaction&#xa0;: {count} ({seconds} s).</translation>
    </message>
    <message>
        <source>Import {number}; to undo it: fieldkit object import-csv --undo {number}</source>
        <translation>Importation {number}&#xa0;; pour l’annuler&#xa0;: fieldkit object import-csv --undo {number}</translation>
    </message>
    <message>
        <source>{label}: {percent}% ({done}/{total})</source>
        <translation>{label}&#xa0;: {percent} % ({done}/{total})</translation>
    </message>
    <message>
        <source>{label}: {done}</source>
        <translation>{label}&#xa0;: {done}</translation>
    </message>
    <message>
        <source>Warning: --db carries a password, and other users of this computer can read it in the list of running processes; set {variable} or use a .pgpass file instead.</source>
        <translation>Attention&#xa0;: --db contient un mot de passe, et les autres utilisateurs de cet ordinateur peuvent le lire dans la liste des processus en cours&#xa0;; définissez plutôt {variable} ou utilisez un fichier .pgpass.</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Étagère</translation>
    </message>
    <message>
        <source>Temporary store</source>
        <translation>Dépôt temporaire</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Crate</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Rouleau</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Sac</translation>
    </message>
    <message>
        <source>Pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <source>This way up</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Keep dry</source>
        <translation>Craint l’humidité</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Lourd</translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation>Dangereux</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>Évacuation</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Déballage</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation>Conservation-restauration</translation>
    </message>
    <message>
        <source>Inventory check</source>
        <translation>Récolement</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>In transit to {place}</source>
        <translation>En transit vers {place}</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>deleted — restore or take out of the container</source>
        <translation>supprimé — à restaurer ou à sortir du contenant</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Liste de colisage</translation>
    </message>
    <message>
        <source>Movement form</source>
        <translation>Bordereau de mouvement</translation>
    </message>
    <message>
        <source>Evacuation permission</source>
        <translation>Autorisation d’évacuation</translation>
    </message>
    <message>
        <source>Handover certificate</source>
        <translation>Certificat de remise</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same inventory number after normalising</source>
        <translation>même numéro d’inventaire une fois normalisé</translation>
    </message>
    <message>
        <source>the inventory numbers have the same digits</source>
        <translation>les numéros d’inventaire ont les mêmes chiffres</translation>
    </message>
    <message>
        <source>the same photo</source>
        <translation>la même photo</translation>
    </message>
    <message>
        <source>photos {percent} % alike</source>
        <translation>photos semblables à {percent} %</translation>
    </message>
    <message>
        <source>same title</source>
        <translation>même titre</translation>
    </message>
    <message>
        <source>titles alike</source>
        <translation>titres semblables</translation>
    </message>
    <message>
        <source>titles alike across scripts</source>
        <translation>titres semblables dans des écritures différentes</translation>
    </message>
    <message>
        <source>measurements equal</source>
        <translation>mêmes dimensions</translation>
    </message>
    <message>
        <source>measurements within {percent} %</source>
        <translation>dimensions à {percent} % près</translation>
    </message>
    <message>
        <source>same institution</source>
        <translation>même institution</translation>
    </message>
    <message>
        <source>same type of object</source>
        <translation>même type d’objet</translation>
    </message>
    <message>
        <source>materials alike</source>
        <translation>matériaux semblables</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Check the folder, or create a vault with `fieldkit init`.</source>
        <translation>Vérifiez le dossier, ou créez un coffre avec `fieldkit init`.</translation>
    </message>
    <message>
        <source>Choose an empty folder, or open the existing vault instead.</source>
        <translation>Choisissez un dossier vide, ou ouvrez plutôt le coffre existant.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then try again. If the passphrase is lost, use the recovery key (`fieldkit passwd --recovery-key-file FILE`).</source>
        <translation>Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez. Si la phrase secrète est perdue, utilisez la clé de secours (`fieldkit passwd --recovery-key-file FILE`).</translation>
    </message>
    <message>
        <source>Type the recovery key exactly as printed; dashes and spaces do not matter.</source>
        <translation>Saisissez la clé de secours exactement comme imprimée&#xa0;; tirets et espaces sont sans importance.</translation>
    </message>
    <message>
        <source>Close the other FieldKit window or command that has this vault open, then retry.</source>
        <translation>Fermez l’autre fenêtre ou commande FieldKit qui a ouvert ce coffre, puis réessayez.</translation>
    </message>
    <message>
        <source>Its data cannot be recovered by anyone; restore a backup if you have one.</source>
        <translation>Personne ne peut en récupérer les données&#xa0;; restaurez une sauvegarde si vous en avez une.</translation>
    </message>
    <message>
        <source>Restore the vault from a backup, or open it with the FieldKit that made it.</source>
        <translation>Restaurez le coffre depuis une sauvegarde, ou ouvrez-le avec le FieldKit qui l’a créé.</translation>
    </message>
    <message>
        <source>Free some space (or choose another drive) and try again; nothing was changed.</source>
        <translation>Libérez de l’espace (ou choisissez un autre disque) et réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The drive is write-protected or read-only: choose another folder or drive.</source>
        <translation>Le disque est protégé en écriture ou en lecture seule&#xa0;: choisissez un autre dossier ou disque.</translation>
    </message>
    <message>
        <source>Ask the sender for a new copy; nothing was imported from this file.</source>
        <translation>Demandez une nouvelle copie à l’expéditeur&#xa0;; rien n’a été importé de ce fichier.</translation>
    </message>
    <message>
        <source>The file may come from a newer FieldKit: update FieldKit and try again.</source>
        <translation>Le fichier vient peut-être d’une version plus récente de FieldKit&#xa0;: mettez FieldKit à jour et réessayez.</translation>
    </message>
    <message>
        <source>The file was encrypted for someone else; ask the sender to include your key.</source>
        <translation>Le fichier a été chiffré pour quelqu’un d’autre&#xa0;; demandez à l’expéditeur d’inclure votre clé.</translation>
    </message>
    <message>
        <source>Check the fingerprint with the sender, then `fieldkit trust add` their card.</source>
        <translation>Vérifiez l’empreinte avec l’expéditeur, puis ajoutez sa carte avec `fieldkit trust add`.</translation>
    </message>
    <message>
        <source>The disk is full while writing {what}.</source>
        <translation>Le disque est plein pendant l’écriture de {what}.</translation>
    </message>
    <message>
        <source>FieldKit may not write {what}: the drive is read-only or protected.</source>
        <translation>FieldKit ne peut pas écrire {what}&#xa0;: le disque est en lecture seule ou protégé.</translation>
    </message>
    <message>
        <source>Choose a folder that exists (or create this one), then try again.</source>
        <translation>Choisissez un dossier qui existe (ou créez celui-ci), puis réessayez.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: its folder does not exist.</source>
        <translation>FieldKit ne peut pas écrire {what}&#xa0;: son dossier n’existe pas.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: a folder of that name is already there.</source>
        <translation>FieldKit ne peut pas écrire {what}&#xa0;: un dossier de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Choose another name, then try again.</source>
        <translation>Choisissez un autre nom, puis réessayez.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: the name or the path is too long.</source>
        <translation>FieldKit ne peut pas écrire {what}&#xa0;: le nom ou le chemin est trop long.</translation>
    </message>
    <message>
        <source>Choose a shorter name or a folder nearer the top of the drive, then try again.</source>
        <translation>Choisissez un nom plus court ou un dossier plus proche de la racine du disque, puis réessayez.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: too many files are open at once.</source>
        <translation>FieldKit ne peut pas écrire {what}&#xa0;: trop de fichiers sont ouverts en même temps.</translation>
    </message>
    <message>
        <source>Close other programs (or restart FieldKit), then try again.</source>
        <translation>Fermez d’autres programmes (ou redémarrez FieldKit), puis réessayez.</translation>
    </message>
    <message>
        <source>The system refused to write {what} ({reason}).</source>
        <translation>Le système a refusé d’écrire {what} ({reason}).</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation>Vérifiez que le disque est toujours branché et en état de marche, puis réessayez.</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>la sauvegarde</translation>
    </message>
    <message>
        <source>Run the backup again; nothing was written.</source>
        <translation>Relancez la sauvegarde&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase or keys changed while the backup was made.</source>
        <translation>La phrase secrète ou les clés du coffre ont changé pendant la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup was cancelled; the incomplete copy was removed.</source>
        <translation>La sauvegarde a été annulée&#xa0;; la copie incomplète a été supprimée.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was restored.</source>
        <translation>La restauration a été annulée&#xa0;; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Use another backup; nothing was restored.</source>
        <translation>Utilisez une autre sauvegarde&#xa0;; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The vault changed while the backup was made.</source>
        <translation>Le coffre a changé pendant la sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s keys are being changed (rekey) in the app that has it open.</source>
        <translation>Les clés du coffre sont en cours de changement (rekey) dans l’application qui l’a ouvert.</translation>
    </message>
    <message>
        <source>Wait until the app has finished, then run the backup again.</source>
        <translation>Attendez que l’application ait terminé, puis relancez la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup folder {path} is a link.</source>
        <translation>Le dossier de sauvegarde {path} est un lien.</translation>
    </message>
    <message>
        <source>Choose a new folder, not a link.</source>
        <translation>Choisissez un nouveau dossier, pas un lien.</translation>
    </message>
    <message>
        <source>The backup folder {path} is not empty.</source>
        <translation>Le dossier de sauvegarde {path} n’est pas vide.</translation>
    </message>
    <message>
        <source>Choose a new folder.</source>
        <translation>Choisissez un nouveau dossier.</translation>
    </message>
    <message>
        <source>The backup&apos;s file list in {path} is damaged.</source>
        <translation>La liste des fichiers de la sauvegarde dans {path} est endommagée.</translation>
    </message>
    <message>
        <source>{path} is not a complete FieldKit backup (backup.json is missing).</source>
        <translation>{path} n’est pas une sauvegarde FieldKit complète (backup.json manque).</translation>
    </message>
    <message>
        <source>Choose the folder that `fieldkit backup` wrote, or another backup.</source>
        <translation>Choisissez le dossier écrit par `fieldkit backup`, ou une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The backup&apos;s backup.json in {path} is damaged.</source>
        <translation>Le fichier backup.json de la sauvegarde dans {path} est endommagé.</translation>
    </message>
    <message>
        <source>{path} is not a FieldKit backup.</source>
        <translation>{path} n’est pas une sauvegarde FieldKit.</translation>
    </message>
    <message>
        <source>This backup was written by a newer FieldKit.</source>
        <translation>Cette sauvegarde a été écrite par une version plus récente de FieldKit.</translation>
    </message>
    <message>
        <source>The backup&apos;s file list in {path} names an unexpected file.</source>
        <translation>La liste des fichiers de la sauvegarde dans {path} nomme un fichier inattendu.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit head in {path} is damaged.</source>
        <translation>La tête du journal d’audit de la sauvegarde dans {path} est endommagée.</translation>
    </message>
    <message>
        <source>The backup in {path} is damaged: {file} is missing or altered.</source>
        <translation>La sauvegarde dans {path} est endommagée&#xa0;: {file} manque ou a été modifié.</translation>
    </message>
    <message>
        <source>The backup in {path} is damaged: its audit log does not match.</source>
        <translation>La sauvegarde dans {path} est endommagée&#xa0;: son journal d’audit ne correspond pas.</translation>
    </message>
    <message>
        <source>the vault</source>
        <translation>le coffre</translation>
    </message>
    <message>
        <source>The drive is full: {what} could not be written.</source>
        <translation>Le disque est plein&#xa0;: impossible d’écrire {what}.</translation>
    </message>
    <message>
        <source>FieldKit must write {what}, but it is on a read-only drive.</source>
        <translation>FieldKit doit écrire {what}, mais ce support est en lecture seule.</translation>
    </message>
    <message>
        <source>Remove the drive&apos;s write protection, or copy the folder to a writable drive and use it there.</source>
        <translation>Retirez la protection en écriture du disque, ou copiez le dossier sur un disque inscriptible et utilisez-le là.</translation>
    </message>
    <message>
        <source>The system does not let FieldKit write {what}.</source>
        <translation>Le système ne permet pas à FieldKit d’écrire {what}.</translation>
    </message>
    <message>
        <source>Another program is using {what}.</source>
        <translation>Un autre programme utilise {what}.</translation>
    </message>
    <message>
        <source>The database of the vault is damaged.</source>
        <translation>La base de données du coffre est endommagée.</translation>
    </message>
    <message>
        <source>The database of the backup is damaged.</source>
        <translation>La base de données de la sauvegarde est endommagée.</translation>
    </message>
    <message>
        <source>The database of {what} is damaged.</source>
        <translation>La base de données de {what} est endommagée.</translation>
    </message>
    <message>
        <source>The drive holding {what} reported a read or write error.</source>
        <translation>Le disque qui contient {what} a signalé une erreur de lecture ou d’écriture.</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again; nothing was changed.</source>
        <translation>Vérifiez que le disque est toujours branché et en état de marche, puis réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this vault header.</source>
        <translation>La base de données du coffre est endommagée ou n’appartient pas à cet en-tête de coffre.</translation>
    </message>
    <message>
        <source>The vault database is missing.</source>
        <translation>La base de données du coffre est absente.</translation>
    </message>
    <message>
        <source>The vault header is damaged ({field} is missing).</source>
        <translation>L’en-tête du coffre est endommagé ({field} est absent).</translation>
    </message>
    <message>
        <source>The vault header is damaged ({field} is not valid).</source>
        <translation>L’en-tête du coffre est endommagé ({field} n’est pas valide).</translation>
    </message>
    <message>
        <source>The vault header is damaged (its key derivation settings are not valid).</source>
        <translation>L’en-tête du coffre est endommagé (ses paramètres de dérivation de clé ne sont pas valides).</translation>
    </message>
    <message>
        <source>The vault header is damaged (unknown recovery key method).</source>
        <translation>L’en-tête du coffre est endommagé (méthode de clé de secours inconnue).</translation>
    </message>
    <message>
        <source>The vault header has no passphrase key.</source>
        <translation>L’en-tête du coffre n’a pas de clé de phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation>La phrase secrète n’est pas la bonne pour ce coffre.</translation>
    </message>
    <message>
        <source>The vault header has no recovery key.</source>
        <translation>L’en-tête du coffre n’a pas de clé de secours.</translation>
    </message>
    <message>
        <source>The recovery key is not the one for this vault.</source>
        <translation>Cette clé de secours n’est pas celle de ce coffre.</translation>
    </message>
    <message>
        <source>The vault header (vault.json) is damaged.</source>
        <translation>L’en-tête du coffre (vault.json) est endommagé.</translation>
    </message>
    <message>
        <source>This folder&apos;s vault.json is not a FieldKit vault header.</source>
        <translation>Le fichier vault.json de ce dossier n’est pas un en-tête de coffre FieldKit.</translation>
    </message>
    <message>
        <source>This vault uses format version {version}, which this FieldKit cannot read.</source>
        <translation>Ce coffre utilise la version de format {version}, que ce FieldKit ne sait pas lire.</translation>
    </message>
    <message>
        <source>The vault header is damaged (no vault id).</source>
        <translation>L’en-tête du coffre est endommagé (pas d’identifiant de coffre).</translation>
    </message>
    <message>
        <source>The vault header is damaged (no keys).</source>
        <translation>L’en-tête du coffre est endommagé (aucune clé).</translation>
    </message>
    <message>
        <source>There is no FieldKit vault in {folder}.</source>
        <translation>Il n’y a pas de coffre FieldKit dans {folder}.</translation>
    </message>
    <message>
        <source>The vault header in {folder} cannot be read.</source>
        <translation>L’en-tête du coffre dans {folder} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This vault is open elsewhere (another FieldKit window or command).</source>
        <translation>Ce coffre est ouvert ailleurs (une autre fenêtre ou commande FieldKit).</translation>
    </message>
    <message>
        <source>The vault in {folder} is on a read-only drive, and FieldKit must write there to open it.</source>
        <translation>Le coffre dans {folder} est sur un disque en lecture seule, et FieldKit doit y écrire pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Remove the drive&apos;s write protection, or copy the vault folder to a writable drive and open it there.</source>
        <translation>Retirez la protection en écriture du disque, ou copiez le dossier du coffre sur un disque inscriptible et ouvrez-le là.</translation>
    </message>
    <message>
        <source>salvage priority must be from 1 to 4.</source>
        <translation>la priorité de sauvetage doit être comprise entre 1 et 4.</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Annulé&#xa0;; aucun rapport n’a été écrit.</translation>
    </message>
    <message>
        <source>Labels are printed for objects, containers and locations.</source>
        <translation>Les étiquettes s’impriment pour les objets, les contenants et les lieux.</translation>
    </message>
    <message>
        <source>{problem} ({typed})</source>
        <translation>{problem} ({typed})</translation>
    </message>
    <message>
        <source>{typed} is deleted and in no container.</source>
        <translation>{typed} est supprimé et n’est dans aucun contenant.</translation>
    </message>
    <message>
        <source>Restore it from its history first (fieldkit object list --deleted gives its id), then print its label.</source>
        <translation>Rétablissez-le d’abord depuis son historique (fieldkit object list --deleted donne son identifiant), puis imprimez son étiquette.</translation>
    </message>
    <message>
        <source>No item was given.</source>
        <translation>Aucun élément n’a été indiqué.</translation>
    </message>
    <message>
        <source>Give codes or inventory numbers.</source>
        <translation>Indiquez des codes ou des numéros d’inventaire.</translation>
    </message>
    <message>
        <source>No decision has this id.</source>
        <translation>Aucune décision n’a cet identifiant.</translation>
    </message>
    <message>
        <source>Both ids name the same object.</source>
        <translation>Les deux identifiants désignent le même objet.</translation>
    </message>
    <message>
        <source>An object merged into another is found under the one it was merged into.</source>
        <translation>Un objet fusionné dans un autre se trouve sous celui dans lequel il a été fusionné.</translation>
    </message>
    <message>
        <source>One of these objects was deleted.</source>
        <translation>L’un de ces objets a été supprimé.</translation>
    </message>
    <message>
        <source>Restore it first, or choose another object.</source>
        <translation>Restaurez-le d’abord, ou choisissez un autre objet.</translation>
    </message>
    <message>
        <source>One of these objects is in conflict.</source>
        <translation>L’un de ces objets est en conflit.</translation>
    </message>
    <message>
        <source>Resolve the conflict first (`fieldkit conflicts show ID`).</source>
        <translation>Résolvez d’abord le conflit (`fieldkit conflicts show ID`).</translation>
    </message>
    <message>
        <source>These two objects already have a decision.</source>
        <translation>Ces deux objets ont déjà fait l’objet d’une décision.</translation>
    </message>
    <message>
        <source>Undo it first (`fieldkit duplicates undo ID`) to decide again.</source>
        <translation>Annulez-la d’abord (`fieldkit duplicates undo ID`) pour décider à nouveau.</translation>
    </message>
    <message>
        <source>This decision was already undone.</source>
        <translation>Cette décision a déjà été annulée.</translation>
    </message>
    <message>
        <source>Decide again to record a new decision.</source>
        <translation>Décidez à nouveau pour enregistrer une nouvelle décision.</translation>
    </message>
    <message>
        <source>That revision is the merge that absorbed this object.</source>
        <translation>Cette révision est la fusion qui a absorbé cet objet.</translation>
    </message>
    <message>
        <source>Choose the revision before it to bring it back.</source>
        <translation>Choisissez la révision précédente pour le rétablir.</translation>
    </message>
    <message>
        <source>More than one decision starts with this id.</source>
        <translation>Plus d’une décision commence par cet identifiant.</translation>
    </message>
    <message>
        <source>No decision or object has this id.</source>
        <translation>Aucune décision ni aucun objet n’a cet identifiant.</translation>
    </message>
    <message>
        <source>`fieldkit duplicates list --decisions` lists them.</source>
        <translation>`fieldkit duplicates list --decisions` les affiche.</translation>
    </message>
    <message>
        <source>No decision concerns this object.</source>
        <translation>Aucune décision ne concerne cet objet.</translation>
    </message>
    <message>
        <source>Several decisions concern this object.</source>
        <translation>Plusieurs décisions concernent cet objet.</translation>
    </message>
    <message>
        <source>Give the decision&apos;s id instead.</source>
        <translation>Indiquez plutôt l’identifiant de la décision.</translation>
    </message>
    <message>
        <source>The merge this decision made has not arrived in this vault yet.</source>
        <translation>La fusion faite par cette décision n’est pas encore arrivée dans ce coffre.</translation>
    </message>
    <message>
        <source>Import the bundles that carry it, then undo again.</source>
        <translation>Importez les paquets qui la contiennent, puis annulez à nouveau.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>est un chemin absolu</translation>
    </message>
    <message>
        <source>contains a backslash (a Windows path separator)</source>
        <translation>contient une barre oblique inverse (séparateur de chemin Windows)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>starts with a drive letter</source>
        <translation>commence par une lettre de lecteur</translation>
    </message>
    <message>
        <source>starts with a home folder reference (~)</source>
        <translation>commence par une référence au dossier personnel (~)</translation>
    </message>
    <message>
        <source>contains &apos;..&apos;, which leads outside its folder</source>
        <translation>contient «&#xa0;..&#xa0;», qui mène hors de son dossier</translation>
    </message>
    <message>
        <source>contains a &apos;.&apos; part</source>
        <translation>contient une partie «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <source>has an empty part (a doubled or trailing &apos;/&apos;)</source>
        <translation>a une partie vide (un «&#xa0;/&#xa0;» doublé ou final)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…et %n autre problème.</numerusform>
            <numerusform>…et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>{file} has an empty line ({line}), which BagIt does not allow.</source>
        <translation>{file} a une ligne vide ({line}), ce que BagIt n’autorise pas.</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>{file} n’a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>{file} changed size while it was being checked.</source>
        <translation>{file} a changé de taille pendant sa vérification.</translation>
    </message>
    <message>
        <source>{file} starts with a byte-order mark, which BagIt forbids.</source>
        <translation>{file} commence par une marque d’ordre des octets, que BagIt interdit.</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 text; FieldKit reads only UTF-8 tag files.</source>
        <translation>{file} n’est pas un texte UTF-8 valide&#xa0;; FieldKit ne lit que des fichiers d’étiquettes en UTF-8.</translation>
    </message>
    <message>
        <source>{file} does not begin with the line &apos;{line}&apos;.</source>
        <translation>{file} ne commence pas par la ligne «&#xa0;{line}&#xa0;».</translation>
    </message>
    <message>
        <source>{file} gives the BagIt version {version}, not M.N.</source>
        <translation>{file} donne la version BagIt {version}, et non M.N.</translation>
    </message>
    <message>
        <source>{file} does not declare its encoding (&apos;{line}&apos;).</source>
        <translation>{file} ne déclare pas son encodage («&#xa0;{line}&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n line(s); BagIt allows exactly two.</source>
        <translation>
            <numerusform>{file} a %n ligne&#xa0;; BagIt en autorise exactement deux.</numerusform>
            <numerusform>{file} a %n lignes&#xa0;; BagIt en autorise exactement deux.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} has whitespace that BagIt {version} forbids: each line must be &apos;Label: value&apos; with exactly one space after the colon.</source>
        <translation>{file} contient des espaces que BagIt {version} interdit&#xa0;: chaque ligne doit être «&#xa0;Label: value&#xa0;» avec exactement une espace après les deux-points.</translation>
    </message>
    <message>
        <source>This bag uses BagIt version {version}; FieldKit reads versions 0.97 and 1.0.</source>
        <translation>Ce sac BagIt utilise la version {version}&#xa0;; FieldKit lit les versions 0.97 et 1.0.</translation>
    </message>
    <message>
        <source>{file} line {line} is indented but continues nothing.</source>
        <translation>{file}, ligne {line}&#xa0;: elle est en retrait mais ne prolonge rien.</translation>
    </message>
    <message>
        <source>{file} line {line} is not of the form &apos;Label: value&apos;.</source>
        <translation>{file}, ligne {line}&#xa0;: elle n’est pas de la forme «&#xa0;Label: value&#xa0;».</translation>
    </message>
    <message>
        <source>{file} line {line} has whitespace around the label {label}, which BagIt 1.0 forbids.</source>
        <translation>{file}, ligne {line}&#xa0;: des espaces entourent le label {label}, ce que BagIt 1.0 interdit.</translation>
    </message>
    <message>
        <source>{file} line {line} needs a space after the colon.</source>
        <translation>{file}, ligne {line}&#xa0;: il faut une espace après les deux-points.</translation>
    </message>
    <message>
        <source>{file} line {line} is not a checksum followed by a file name.</source>
        <translation>{file}, ligne {line}&#xa0;: ce n’est pas une somme de contrôle suivie d’un nom de fichier.</translation>
    </message>
    <message>
        <source>{file} line {line} has a checksum of the wrong length for {algorithm}.</source>
        <translation>{file}, ligne {line}&#xa0;: la somme de contrôle n’a pas la bonne longueur pour {algorithm}.</translation>
    </message>
    <message>
        <source>{file} line {line} marks {path} with &apos;*&apos; as md5sum does; strict BagIt validators refuse this.</source>
        <translation>{file}, ligne {line}&#xa0;: {path} est marqué d’un «&#xa0;*&#xa0;» comme le fait md5sum&#xa0;; les validateurs BagIt stricts le refusent.</translation>
    </message>
    <message>
        <source>{file} line {line} writes {path} with a leading &apos;./&apos;; strict BagIt validators refuse this.</source>
        <translation>{file}, ligne {line}&#xa0;: {path} est écrit avec un «&#xa0;./&#xa0;» initial&#xa0;; les validateurs BagIt stricts le refusent.</translation>
    </message>
    <message>
        <source>{file} line {line} names {path}, which {reason}.</source>
        <translation>{file}, ligne {line}&#xa0;: {path} {reason}.</translation>
    </message>
    <message>
        <source>{file} lists {path}, which is outside the data/ folder; a payload manifest lists only payload files.</source>
        <translation>{file} liste {path}, qui est hors du dossier data/&#xa0;; un manifeste du contenu ne liste que des fichiers du contenu.</translation>
    </message>
    <message>
        <source>{file} lists the payload file {path}; a tag manifest lists only tag files.</source>
        <translation>{file} liste le fichier du contenu {path}&#xa0;; un manifeste des étiquettes ne liste que des fichiers d’étiquettes.</translation>
    </message>
    <message>
        <source>{file} lists {path} twice (lines {first} and {second}).</source>
        <translation>{file} liste {path} deux fois (lignes {first} et {second}).</translation>
    </message>
    <message>
        <source>{file} lists {path} and {other}, which differ only in letter case or Unicode normalisation.</source>
        <translation>{file} liste {path} et {other}, qui ne diffèrent que par la casse ou la normalisation Unicode.</translation>
    </message>
    <message>
        <source>Checking the bag was cancelled.</source>
        <translation>La vérification du sac BagIt a été annulée.</translation>
    </message>
    <message>
        <source>{file} is {size} bytes, too large for a tag file FieldKit reads.</source>
        <translation>{file} fait {size} octets, trop pour un fichier d’étiquettes que FieldKit lit.</translation>
    </message>
    <message>
        <source>{file} lists {path}, which is stored as {stored} in another Unicode normalisation.</source>
        <translation>{file} liste {path}, qui est enregistré sous {stored} dans une autre normalisation Unicode.</translation>
    </message>
    <message>
        <source>The bag has no {file}, so it is not a BagIt bag.</source>
        <translation>Le sac n’a pas de {file}&#xa0;: ce n’est donc pas un sac BagIt.</translation>
    </message>
    <message>
        <source>This bag&apos;s tag files are in {encoding}; FieldKit reads only UTF-8 tag files.</source>
        <translation>Les fichiers d’étiquettes de ce sac sont en {encoding}&#xa0;; FieldKit ne lit que des fichiers d’étiquettes en UTF-8.</translation>
    </message>
    <message>
        <source>This bag has a fetch.txt: holey bags, whose files are to be downloaded, are not supported.</source>
        <translation>Ce sac a un fetch.txt&#xa0;: les sacs à trous, dont les fichiers sont à télécharger, ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>data is a file, but it must be the payload folder.</source>
        <translation>data est un fichier, alors que ce doit être le dossier du contenu.</translation>
    </message>
    <message>
        <source>The bag has no data/ folder.</source>
        <translation>Le sac n’a pas de dossier data/.</translation>
    </message>
    <message>
        <source>{file} uses the checksum algorithm {algorithm}, which FieldKit does not support.</source>
        <translation>{file} utilise l’algorithme de somme de contrôle {algorithm}, que FieldKit ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The bag has no payload manifest (a manifest-&lt;algorithm&gt;.txt file).</source>
        <translation>Le sac n’a pas de manifeste du contenu (un fichier manifest-&lt;algorithm&gt;.txt).</translation>
    </message>
    <message>
        <source>{file} and {other} differ only in letter case or Unicode normalisation, so they would be one file on Windows and macOS.</source>
        <translation>{file} et {other} ne diffèrent que par la casse ou la normalisation Unicode&#xa0;: ils ne feraient qu’un seul fichier sous Windows et macOS.</translation>
    </message>
    <message>
        <source>{file} gives Payload-Oxum more than once.</source>
        <translation>{file} donne Payload-Oxum plus d’une fois.</translation>
    </message>
    <message>
        <source>{file} gives Payload-Oxum as {value}, not bytes.files.</source>
        <translation>{file} donne Payload-Oxum sous la forme {value}, et non octets.fichiers.</translation>
    </message>
    <message>
        <source>Payload-Oxum in {file} says {files} and {size}, but the payload has {actual_files} and {actual_size}.</source>
        <translation>Payload-Oxum dans {file} annonce {files} et {size}, mais le contenu compte {actual_files} et {actual_size}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is in the bag but not listed in {manifests}.</source>
        <translation>{file} est dans le sac mais n’est pas listé dans {manifests}.</translation>
    </message>
    <message>
        <source>{file} lists itself, which no checksum can satisfy.</source>
        <translation>{file} se liste lui-même, ce qu’aucune somme de contrôle ne peut satisfaire.</translation>
    </message>
    <message>
        <source>{file} does not list the payload manifest {other}.</source>
        <translation>{file} ne liste pas le manifeste du contenu {other}.</translation>
    </message>
    <message>
        <source>{file} is listed in {manifests} but missing from the bag.</source>
        <translation>{file} est listé dans {manifests} mais manque dans le sac.</translation>
    </message>
    <message>
        <source>{file} is listed in some tag manifests but not in {manifests}.</source>
        <translation>{file} est listé dans certains manifestes des étiquettes mais pas dans {manifests}.</translation>
    </message>
    <message>
        <source>The bag has no tag manifest, so bagit.txt, bag-info.txt and the manifests are not protected by checksums.</source>
        <translation>Le sac n’a pas de manifeste des étiquettes&#xa0;: bagit.txt, bag-info.txt et les manifestes ne sont protégés par aucune somme de contrôle.</translation>
    </message>
    <message>
        <source>{file} is not listed in any tag manifest, so nothing checks it.</source>
        <translation>{file} n’est listé dans aucun manifeste des étiquettes&#xa0;: rien ne le vérifie.</translation>
    </message>
    <message>
        <source>There is no {file} to go with {other}.</source>
        <translation>Il n’y a pas de {file} pour accompagner {other}.</translation>
    </message>
    <message>
        <source>This bag&apos;s payload manifests use only {algorithms}, which catches accidents but not deliberate tampering.</source>
        <translation>Les manifestes du contenu de ce sac n’utilisent que {algorithms}, qui détecte les accidents mais pas une falsification délibérée.</translation>
    </message>
    <message>
        <source>This bag&apos;s tag manifests use only {algorithms}, which catches accidents but not deliberate tampering.</source>
        <translation>Les manifestes des étiquettes de ce sac n’utilisent que {algorithms}, qui détecte les accidents mais pas une falsification délibérée.</translation>
    </message>
    <message>
        <source>{file} is a file the operating system made, probably bagged by accident.</source>
        <translation>{file} est un fichier créé par le système d’exploitation, sans doute ajouté par accident.</translation>
    </message>
    <message>
        <source>{file} could not be read.</source>
        <translation>{file} n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>{file} does not match its checksum in {manifests}: it was changed or damaged.</source>
        <translation>{file} ne correspond pas à sa somme de contrôle dans {manifests}&#xa0;: il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON.</source>
        <translation>{file} n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>This is not a FieldKit bundle ({file}).</source>
        <translation>Ce n’est pas un paquet FieldKit ({file}).</translation>
    </message>
    <message>
        <source>This bundle uses format version {version}, which this FieldKit cannot read.</source>
        <translation>Ce paquet utilise la version de format {version}, que ce FieldKit ne sait pas lire.</translation>
    </message>
    <message>
        <source>{file} is missing fields or has wrong values.</source>
        <translation>Il manque des champs dans {file}, ou ses valeurs sont fausses.</translation>
    </message>
    <message>
        <source>{file} is not a readable bundle: {problem}.</source>
        <translation>{file} n’est pas un paquet lisible&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The bundle member {member} {problem}.</source>
        <translation>L’élément du paquet {member} {problem}.</translation>
    </message>
    <message>
        <source>{file} has {size} bytes at offset {offset} that belong to no member.</source>
        <translation>{file} a {size} octets à la position {offset} qui n’appartiennent à aucun élément.</translation>
    </message>
    <message>
        <source>{file} is a multi-part (split) archive, which bundles never are.</source>
        <translation>{file} est une archive en plusieurs parties (scindée), ce qu’un paquet n’est jamais.</translation>
    </message>
    <message>
        <source>the extra field of {where} is cut short</source>
        <translation>le champ supplémentaire de {where} est tronqué</translation>
    </message>
    <message>
        <source>{where} repeats an extra field</source>
        <translation>{where} répète un champ supplémentaire</translation>
    </message>
    <message>
        <source>{where} lacks the ZIP64 field its sizes need</source>
        <translation>{where} n’a pas le champ ZIP64 dont ses tailles ont besoin</translation>
    </message>
    <message>
        <source>the ZIP64 field of {where} is cut short</source>
        <translation>le champ ZIP64 de {where} est tronqué</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{what} lies beyond the end of the file</source>
        <translation>{what} se trouve au-delà de la fin du fichier</translation>
    </message>
    <message>
        <source>{what} is cut short</source>
        <translation>{what} est tronqué</translation>
    </message>
    <message>
        <source>{file} is empty, not a bundle.</source>
        <translation>{file} est vide&#xa0;: ce n’est pas un paquet.</translation>
    </message>
    <message>
        <source>{file} has {count} entries, more than the {limit} a bundle may hold.</source>
        <translation>{file} a {count} entrées, plus que les {limit} qu’un paquet peut contenir.</translation>
    </message>
    <message>
        <source>its central directory does not end where the end record is</source>
        <translation>son répertoire central ne se termine pas là où se trouve l’enregistrement de fin</translation>
    </message>
    <message>
        <source>{file} contains no files.</source>
        <translation>{file} ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>it is too short to be a ZIP archive</source>
        <translation>il est trop court pour être une archive ZIP</translation>
    </message>
    <message>
        <source>it has no ZIP end record (not a ZIP, or truncated)</source>
        <translation>il n’a pas d’enregistrement de fin ZIP (pas un ZIP, ou tronqué)</translation>
    </message>
    <message>
        <source>its ZIP64 end record is missing</source>
        <translation>son enregistrement de fin ZIP64 manque</translation>
    </message>
    <message>
        <source>its end record counts its entries inconsistently</source>
        <translation>son enregistrement de fin compte ses entrées de façon incohérente</translation>
    </message>
    <message>
        <source>its ZIP64 end record lies outside the file</source>
        <translation>son enregistrement de fin ZIP64 est hors du fichier</translation>
    </message>
    <message>
        <source>its ZIP64 end record is damaged</source>
        <translation>son enregistrement de fin ZIP64 est endommagé</translation>
    </message>
    <message>
        <source>its ZIP64 end record has the wrong length</source>
        <translation>son enregistrement de fin ZIP64 n’a pas la bonne longueur</translation>
    </message>
    <message>
        <source>its ZIP64 end record counts its entries inconsistently</source>
        <translation>son enregistrement de fin ZIP64 compte ses entrées de façon incohérente</translation>
    </message>
    <message>
        <source>its two end records disagree</source>
        <translation>ses deux enregistrements de fin ne concordent pas</translation>
    </message>
    <message>
        <source>its central directory does not fit in the file</source>
        <translation>son répertoire central ne tient pas dans le fichier</translation>
    </message>
    <message>
        <source>its central directory is larger than its entries</source>
        <translation>son répertoire central est plus grand que ses entrées</translation>
    </message>
    <message>
        <source>its central directory is cut short</source>
        <translation>son répertoire central est tronqué</translation>
    </message>
    <message>
        <source>entry {number} of the central directory</source>
        <translation>l’entrée {number} du répertoire central</translation>
    </message>
    <message>
        <source>{where} is damaged</source>
        <translation>{where} est endommagé</translation>
    </message>
    <message>
        <source>its central directory is longer than declared</source>
        <translation>son répertoire central est plus long que déclaré</translation>
    </message>
    <message>
        <source>has a name of {size} bytes, longer than the {limit} allowed</source>
        <translation>a un nom de {size} octets, plus long que les {limit} autorisés</translation>
    </message>
    <message>
        <source>{file} has oversized extra data in {where}.</source>
        <translation>{file} a des données supplémentaires trop grandes dans {where}.</translation>
    </message>
    <message>
        <source>is encrypted; bundle members never are</source>
        <translation>est chiffré&#xa0;; les éléments d’un paquet ne le sont jamais</translation>
    </message>
    <message>
        <source>uses ZIP features FieldKit does not read ({flags})</source>
        <translation>utilise des fonctions ZIP que FieldKit ne lit pas ({flags})</translation>
    </message>
    <message>
        <source>is compressed (method {method}); bundle members are stored uncompressed</source>
        <translation>est compressé (méthode {method})&#xa0;; les éléments d’un paquet sont stockés sans compression</translation>
    </message>
    <message>
        <source>needs a newer ZIP version than bundles use</source>
        <translation>demande une version de ZIP plus récente que celle des paquets</translation>
    </message>
    <message>
        <source>carries a second, alternative name</source>
        <translation>porte un second nom, alternatif</translation>
    </message>
    <message>
        <source>has two different sizes, so it is not stored as is</source>
        <translation>a deux tailles différentes&#xa0;: il n’est donc pas stocké tel quel</translation>
    </message>
    <message>
        <source>is a folder entry with content</source>
        <translation>est une entrée de dossier qui a un contenu</translation>
    </message>
    <message>
        <source>is {size} bytes, more than the {limit} allowed</source>
        <translation>fait {size} octets, plus que les {limit} autorisés</translation>
    </message>
    <message>
        <source>{file} declares more than the {limit} bytes a bundle may hold.</source>
        <translation>{file} déclare plus que les {limit} octets qu’un paquet peut contenir.</translation>
    </message>
    <message>
        <source>the data of {member} lies outside the archive</source>
        <translation>les données de {member} sont hors de l’archive</translation>
    </message>
    <message>
        <source>its central directory has bytes that belong to no entry</source>
        <translation>son répertoire central a des octets qui n’appartiennent à aucune entrée</translation>
    </message>
    <message>
        <source>{file} has a member name that is not valid UTF-8.</source>
        <translation>{file} a un nom d’élément qui n’est pas de l’UTF-8 valide.</translation>
    </message>
    <message>
        <source>{file} has a member name that is not UTF-8 (a legacy code page), which bundles never use.</source>
        <translation>{file} a un nom d’élément qui n’est pas en UTF-8 (une ancienne page de codes), ce que les paquets n’utilisent jamais.</translation>
    </message>
    <message>
        <source>is a symbolic link; bundles hold only plain files</source>
        <translation>est un lien symbolique&#xa0;; les paquets ne contiennent que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>is a special file (device, pipe or socket); bundles hold only plain files</source>
        <translation>est un fichier spécial (périphérique, tube ou socket)&#xa0;; les paquets ne contiennent que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>is marked as a folder but named like a file</source>
        <translation>est marqué comme dossier mais nommé comme un fichier</translation>
    </message>
    <message>
        <source>is named like a folder but marked as a file</source>
        <translation>est nommé comme un dossier mais marqué comme fichier</translation>
    </message>
    <message>
        <source>contains &apos;:&apos;, which Windows reads as a drive or stream name</source>
        <translation>contient «&#xa0;:&#xa0;», que Windows lit comme un nom de lecteur ou de flux</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>apparaît deux fois</translation>
    </message>
    <message>
        <source>The bundle members {member} and {other} differ only in letter case or Unicode normalisation, so they would overwrite each other.</source>
        <translation>Les éléments du paquet {member} et {other} ne diffèrent que par la casse ou la normalisation Unicode&#xa0;: ils s’écraseraient l’un l’autre.</translation>
    </message>
    <message>
        <source>it holds {member} and no bundle folder</source>
        <translation>il contient {member} et aucun dossier de paquet</translation>
    </message>
    <message>
        <source>lies at the top level; a bundle holds exactly one folder</source>
        <translation>se trouve au premier niveau&#xa0;; un paquet contient exactement un dossier</translation>
    </message>
    <message>
        <source>{file} holds more than one top-level folder ({names}); a bundle holds exactly one.</source>
        <translation>{file} contient plus d’un dossier de premier niveau ({names})&#xa0;; un paquet en contient exactement un.</translation>
    </message>
    <message>
        <source>The bundle member {member} is a file, but {other} is inside it.</source>
        <translation>L’élément du paquet {member} est un fichier, mais {other} se trouve dedans.</translation>
    </message>
    <message>
        <source>overlaps another member (a trick used by ZIP bombs)</source>
        <translation>chevauche un autre élément (une astuce des bombes ZIP)</translation>
    </message>
    <message>
        <source>The data of the last bundle member overlaps the central directory of {file}.</source>
        <translation>Les données du dernier élément du paquet chevauchent le répertoire central de {file}.</translation>
    </message>
    <message>
        <source>the local header of {member}</source>
        <translation>l’en-tête local de {member}</translation>
    </message>
    <message>
        <source>{where} is cut short</source>
        <translation>{where} est tronqué</translation>
    </message>
    <message>
        <source>has a different name in its local header than in the central directory</source>
        <translation>a un autre nom dans son en-tête local que dans le répertoire central</translation>
    </message>
    <message>
        <source>has different flags in its local header than in the central directory</source>
        <translation>a d’autres indicateurs dans son en-tête local que dans le répertoire central</translation>
    </message>
    <message>
        <source>has a local header that disagrees with the central directory</source>
        <translation>a un en-tête local qui contredit le répertoire central</translation>
    </message>
    <message>
        <source>has a data descriptor that disagrees with the central directory</source>
        <translation>a un descripteur de données qui contredit le répertoire central</translation>
    </message>
    <message>
        <source>The bundle member {member} is damaged: its CRC-32 checksum does not match.</source>
        <translation>L’élément du paquet {member} est endommagé&#xa0;: sa somme de contrôle CRC-32 ne correspond pas.</translation>
    </message>
    <message>
        <source>The bundle member {member} is cut short: the file changed or is damaged.</source>
        <translation>L’élément du paquet {member} est tronqué&#xa0;: le fichier a changé ou est endommagé.</translation>
    </message>
    <message>
        <source>The trust file {path} cannot be read.</source>
        <translation>Le fichier de confiance {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{path} is neither a FieldKit identity card nor a minisign public key.</source>
        <translation>{path} n’est ni une carte d’identité FieldKit ni une clé publique minisign.</translation>
    </message>
    <message>
        <source>{file} is missing from the bundle.</source>
        <translation>{file} manque dans le paquet.</translation>
    </message>
    <message>
        <source>{file} is too large for what it should hold.</source>
        <translation>{file} est trop grand pour ce qu’il doit contenir.</translation>
    </message>
    <message>
        <source>Structure, completeness, fixity and the outer signature were checked; the encrypted content was not inspected.</source>
        <translation>La structure, la complétude, l’intégrité et la signature extérieure ont été vérifiées&#xa0;; le contenu chiffré n’a pas été examiné.</translation>
    </message>
    <message>
        <source>Structure, completeness, fixity, the outer and inner signatures, every revision and its author&apos;s signature, and every photo were checked.</source>
        <translation>La structure, la complétude, l’intégrité, les signatures extérieure et intérieure, chaque révision et la signature de son auteur, et chaque photo ont été vérifiées.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from this bundle was kept.</source>
        <translation>L’importation a été annulée&#xa0;; rien de ce paquet n’a été conservé.</translation>
    </message>
    <message>
        <source>This is a redacted snapshot: it is for reading and verifying, never for merging.</source>
        <translation>Ceci est un instantané caviardé&#xa0;: il sert à lire et à vérifier, jamais à fusionner.</translation>
    </message>
    <message>
        <source>This file is larger than any bundle FieldKit writes, so it was not downloaded.</source>
        <translation>Ce fichier est plus gros que tout paquet écrit par FieldKit&#xa0;; il n’a donc pas été téléchargé.</translation>
    </message>
    <message>
        <source>data/records.ndjson changed after it was verified.</source>
        <translation>data/records.ndjson a changé après sa vérification.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content could not be checked.</source>
        <translation>Le contenu du paquet n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Written by the archive itself; nothing to merge.</source>
        <translation>Écrit par l’archive elle-même&#xa0;; rien à fusionner.</translation>
    </message>
    <message>
        <source>The bundle is signed by an untrusted or unknown key; check the fingerprint with the sender, trust their card with `fieldkit archive trust add CARD.fkid --verified`, then run `fieldkit archive requeue`.</source>
        <translation>Le paquet est signé par une clé non fiable ou inconnue&#xa0;; vérifiez l’empreinte avec l’expéditeur, accordez votre confiance à sa carte avec `fieldkit archive trust add CARD.fkid --verified`, puis lancez `fieldkit archive requeue`.</translation>
    </message>
    <message>
        <source>Another file with this bundle id was merged already.</source>
        <translation>Un autre fichier portant cet identifiant de paquet a déjà été fusionné.</translation>
    </message>
    <message>
        <source>Quarantined.</source>
        <translation>En quarantaine.</translation>
    </message>
    <message>
        <source>Failed {count} times; last error: {error}</source>
        <translation>Échec {count} fois&#xa0;; dernière erreur&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The archive&apos;s PostgreSQL database cannot be reached ({detail}).</source>
        <translation>La base de données PostgreSQL de l’archive est injoignable ({detail}).</translation>
    </message>
    <message>
        <source>The archive&apos;s PostgreSQL database cannot be reached.</source>
        <translation>La base de données PostgreSQL de l’archive est injoignable.</translation>
    </message>
    <message>
        <source>Bundle {number} of stream {stream} from {sender} is missing.</source>
        <translation>Le paquet {number} du flux {stream} de {sender} manque.</translation>
    </message>
    <message>
        <source>Bundles {bundles} both claim sequence {sequence} of stream {stream} from {sender}.</source>
        <translation>Les paquets {bundles} revendiquent tous le numéro {sequence} du flux {stream} de {sender}.</translation>
    </message>
    <message>
        <source>The bundle is signed by an untrusted or unknown key; check the fingerprint with the sender and trust their card, or import with --accept-untrusted.</source>
        <translation>Le paquet est signé par une clé non fiable ou inconnue&#xa0;; vérifiez l’empreinte avec l’expéditeur et faites confiance à sa carte, ou importez avec --accept-untrusted.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>{file} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This bundle was written by this vault; there is nothing to import.</source>
        <translation>Ce paquet a été écrit par ce coffre&#xa0;; il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>{number} in {container}: deleted on another laptop while packed here — restore or take out of the container.</source>
        <translation>{number} dans {container}&#xa0;: supprimé sur un autre ordinateur alors qu’il était emballé ici — à restaurer ou à sortir du contenant.</translation>
    </message>
    <message>
        <source>Bundles {first} and {second} both claim sequence {sequence} of stream {stream}.</source>
        <translation>Les paquets {first} et {second} revendiquent tous deux le numéro {sequence} du flux {stream}.</translation>
    </message>
    <message>
        <source>A trusted coordinator revoked the key {key}; it is now revoked here too.</source>
        <translation>Un coordinateur de confiance a révoqué la clé {key}&#xa0;; elle est désormais révoquée ici aussi.</translation>
    </message>
    <message>
        <source>data/records.ndjson line {number} changed after it was verified.</source>
        <translation>La ligne {number} de data/records.ndjson a changé après avoir été vérifiée.</translation>
    </message>
    <message>
        <source>{count} photo(s) referenced by this bundle are not in it yet.</source>
        <translation>{count} photo(s) citée(s) par ce paquet n’y figure(nt) pas encore.</translation>
    </message>
    <message>
        <source>Bundle {sequence} of stream {stream} from {sender} has not been received yet.</source>
        <translation>Le paquet {sequence} du flux {stream} de {sender} n’a pas encore été reçu.</translation>
    </message>
    <message>
        <source>A revision has an unknown record kind.</source>
        <translation>Une révision a un type de fiche inconnu.</translation>
    </message>
    <message>
        <source>Revision {revision} is dated more than a day ahead of this computer&apos;s clock.</source>
        <translation>La révision {revision} est datée de plus d’un jour après l’horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>Revision {revision} starts a handover but {problem}.</source>
        <translation>La révision {revision} commence une remise, mais {problem}.</translation>
    </message>
    <message>
        <source>The bundle was refused whole; ask its sender where the handover came from.</source>
        <translation>Le paquet a été refusé en entier&#xa0;; demandez à son expéditeur d’où vient la remise.</translation>
    </message>
    <message>
        <source>Revision {revision} accepts a handover but is not signed by its receiver.</source>
        <translation>La révision {revision} accepte une remise mais n’est pas signée par son destinataire.</translation>
    </message>
    <message>
        <source>The bundle was refused whole; ask its sender where the acceptance came from.</source>
        <translation>Le paquet a été refusé en entier&#xa0;; demandez à son expéditeur d’où vient l’acceptation.</translation>
    </message>
    <message>
        <source>{file} names another bundle than its folder.</source>
        <translation>{file} désigne un autre paquet que son dossier.</translation>
    </message>
    <message>
        <source>{file} names another sender than {other}.</source>
        <translation>{file} désigne un autre expéditeur que {other}.</translation>
    </message>
    <message>
        <source>{file} is not covered by the signed tag manifest.</source>
        <translation>{file} n’est pas couvert par le manifeste des étiquettes signé.</translation>
    </message>
    <message>
        <source>The signed tag manifest does not list {file}.</source>
        <translation>Le manifeste des étiquettes signé ne liste pas {file}.</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not known here, so the signature could not be checked; give their identity card with --trust.</source>
        <translation>La clé du signataire n’est pas connue ici&#xa0;: la signature n’a donc pas pu être vérifiée&#xa0;; donnez sa carte d’identité avec --trust.</translation>
    </message>
    <message>
        <source>The file could not be read as a FieldKit bundle, so neither a signature nor any content was checked.</source>
        <translation>Le fichier n’a pas pu être lu comme un paquet FieldKit&#xa0;: ni signature ni contenu n’ont donc été vérifiés.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file}: the signed comment does not match {other}.</source>
        <translation>{file}&#xa0;: le commentaire signé ne correspond pas à {other}.</translation>
    </message>
    <message>
        <source>The signer was checked against a bare minisign key: their FieldKit fingerprint could not be confirmed.</source>
        <translation>Le signataire a été vérifié avec une simple clé minisign&#xa0;: son empreinte FieldKit n’a pas pu être confirmée.</translation>
    </message>
    <message>
        <source>This vault is not one of the bundle&apos;s recipients.</source>
        <translation>Ce coffre ne fait pas partie des destinataires du paquet.</translation>
    </message>
    <message>
        <source>The signer&apos;s key was revoked later; this bundle comes from before the revocation.</source>
        <translation>La clé du signataire a été révoquée plus tard&#xa0;; ce paquet date d’avant la révocation.</translation>
    </message>
    <message>
        <source>The signer&apos;s key has been revoked; this bundle comes after that.</source>
        <translation>La clé du signataire a été révoquée&#xa0;; ce paquet est postérieur.</translation>
    </message>
    <message>
        <source>{file} has no valid sender card.</source>
        <translation>{file} n’a pas de carte d’expéditeur valide.</translation>
    </message>
    <message>
        <source>{file} is missing.</source>
        <translation>{file} manque.</translation>
    </message>
    <message>
        <source>{file} is not a JSON object.</source>
        <translation>{file} n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>{file} belongs to another bundle or stream position.</source>
        <translation>{file} appartient à un autre paquet ou à une autre position dans le flux.</translation>
    </message>
    <message>
        <source>The inner signer is not the outer signer.</source>
        <translation>Le signataire intérieur n’est pas le signataire extérieur.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>{file} line {line} is not valid.</source>
        <translation>{file}, ligne {line}&#xa0;: elle n’est pas valide.</translation>
    </message>
    <message>
        <source>{file} line {line}: {problem}</source>
        <translation>{file}, ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>A revision changes the kind of its record.</source>
        <translation>Une révision change le type de sa fiche.</translation>
    </message>
    <message>
        <source>A revision names a parent from another record.</source>
        <translation>Une révision désigne un parent d’une autre fiche.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was imported before with other content; this copy was refused.</source>
        <translation>Le paquet {bundle} a déjà été importé avec un autre contenu&#xa0;; cette copie a été refusée.</translation>
    </message>
    <message>
        <source>{file} line {line} is not a valid revision.</source>
        <translation>{file}, ligne {line}&#xa0;: ce n’est pas une révision valide.</translation>
    </message>
    <message>
        <source>Revision {revision} is by an author whose card is not included.</source>
        <translation>La révision {revision} est d’un auteur dont la carte n’est pas incluse.</translation>
    </message>
    <message>
        <source>{file} line {line}: revision {revision} has an invalid author signature.</source>
        <translation>{file}, ligne {line}&#xa0;: la révision {revision} a une signature d’auteur non valide.</translation>
    </message>
    <message>
        <source>{file} is not a FieldKit bundle ({reason}).</source>
        <translation>{file} n’est pas un paquet FieldKit ({reason}).</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not known here, so the signature could not be checked; add their identity card to “Keys you trust” and verify again.</source>
        <translation>La clé du signataire n’est pas connue ici&#xa0;: la signature n’a donc pas pu être vérifiée&#xa0;; ajoutez sa carte d’identité à «&#xa0;Clés de confiance&#xa0;» et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>the outer signature was checked and is valid</source>
        <extracomment>Notes whose way out is a command-line option, and the words of the app for it: an auditor reading the app or a certificate it made has no --trust to type (r11 UI trial #7).</extracomment>
        <translation>la signature externe a été vérifiée et est valide</translation>
    </message>
    <message>
        <source>the outer signature was checked and is NOT valid</source>
        <translation>la signature externe a été vérifiée et n’est PAS valide</translation>
    </message>
    <message>
        <source>the outer signature could not be checked, as the signer&apos;s key is not known here</source>
        <translation>la signature externe n’a pas pu être vérifiée, car la clé du signataire est inconnue ici</translation>
    </message>
    <message>
        <source>the outer signature was not checked</source>
        <translation>la signature externe n’a pas été vérifiée</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked and hold; {signature}; the content was not inspected.</source>
        <translation>La structure, la complétude et l’intégrité ont été vérifiées et sont correctes&#xa0;; {signature}&#xa0;; le contenu n’a pas été examiné.</translation>
    </message>
    <message>
        <source>Structure, completeness, fixity and the outer signature were checked and hold; the content was inspected and failed.</source>
        <translation>La structure, la complétude, l’intégrité et la signature externe ont été vérifiées et sont correctes&#xa0;; le contenu a été examiné et est en échec.</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked and hold; the bundle was made by a newer FieldKit, so neither its signature nor its content was checked: update FieldKit to verify it.</source>
        <translation>La structure, la complétude et l’intégrité ont été vérifiées et sont correctes&#xa0;; le paquet a été créé par une version plus récente de FieldKit, donc ni sa signature ni son contenu n’ont été vérifiés&#xa0;: mettez FieldKit à jour pour le vérifier.</translation>
    </message>
    <message>
        <source>it is not a ZIP archive, or it was cut short</source>
        <translation>ce n’est pas une archive ZIP, ou elle a été tronquée</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it contains no files</source>
        <translation>il ne contient aucun fichier</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked and failed; {signature}; the content was not inspected.</source>
        <translation>La structure, la complétude et l’intégrité ont été vérifiées et sont en échec&#xa0;; {signature}&#xa0;; le contenu n’a pas été examiné.</translation>
    </message>
    <message>
        <source>{name}, {organisation} (not verified)</source>
        <translation>{name}, {organisation} (non vérifié)</translation>
    </message>
    <message>
        <source>{name} (not verified)</source>
        <translation>{name} (non vérifié)</translation>
    </message>
    <message>
        <source>A record snapshot line appears in a bundle of revisions.</source>
        <translation>Une ligne d’instantané de fiche apparaît dans un paquet de révisions.</translation>
    </message>
    <message>
        <source>{file} line {line} has an unknown type.</source>
        <translation>{file}, ligne {line}&#xa0;: son type est inconnu.</translation>
    </message>
    <message>
        <source>{file} has no photo list.</source>
        <translation>{file} n’a pas de liste de photos.</translation>
    </message>
    <message>
        <source>{file} is not listed in {other}.</source>
        <translation>{file} n’est pas listé dans {other}.</translation>
    </message>
    <message>
        <source>{file} is listed in {other} but missing.</source>
        <translation>{file} est listé dans {other} mais manque.</translation>
    </message>
    <message>
        <source>{file}: the photo does not match its hash.</source>
        <translation>{file}&#xa0;: la photo ne correspond pas à son empreinte SHA-256.</translation>
    </message>
    <message>
        <source>{file} line {line} is too long.</source>
        <translation>{file}, ligne {line}&#xa0;: elle est trop longue.</translation>
    </message>
    <message>
        <source>{file} does not match its hash in {other}.</source>
        <translation>{file} ne correspond pas à son empreinte dans {other}.</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file.</source>
        <translation>{path} n’est pas un fichier JSON lisible.</translation>
    </message>
    <message>
        <source>The JSON must be an object of field names and values.</source>
        <translation>Le JSON doit être un objet de noms de champs et de valeurs.</translation>
    </message>
    <message>
        <source>--objects must be zero or more.</source>
        <translation>--objects doit être zéro ou plus.</translation>
    </message>
    <message>
        <source>--objects can be at most {limit}.</source>
        <translation>--objects vaut au plus {limit}.</translation>
    </message>
    <message>
        <source>{path} holds a real vault, not a demo vault; `demo` leaves it alone.</source>
        <translation>{path} contient un vrai coffre, pas un coffre de démonstration&#xa0;; `demo` n’y touche pas.</translation>
    </message>
    <message>
        <source>Give another folder with --vault, or run `fieldkit demo` without --vault.</source>
        <translation>Donnez un autre dossier avec --vault, ou lancez `fieldkit demo` sans --vault.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>Le fichier {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The JSON input is larger than {size} MiB.</source>
        <translation>L’entrée JSON dépasse {size} Mio.</translation>
    </message>
    <message>
        <source>The JSON input must be an object of field names and values.</source>
        <translation>L’entrée JSON doit être un objet de noms de champs et de valeurs.</translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation>La photo {path} n’existe pas.</translation>
    </message>
    <message>
        <source>This vault was shredded: its keys were destroyed.</source>
        <translation>Ce coffre a été détruit&#xa0;: ses clés ont été effacées.</translation>
    </message>
    <message>
        <source>The folder for the recovery key file {path} does not exist; nothing was changed.</source>
        <translation>Le dossier du fichier de clé de secours {path} n’existe pas&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Create the folder or choose another file, then run the command again.</source>
        <translation>Créez le dossier ou choisissez un autre fichier, puis relancez la commande.</translation>
    </message>
    <message>
        <source>The recovery key file {path} already exists; nothing was changed.</source>
        <translation>Le fichier de clé de secours {path} existe déjà&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Choose a new file name (the existing file may hold the key that still opens the vault).</source>
        <translation>Choisissez un nouveau nom de fichier (le fichier existant contient peut-être la clé qui ouvre encore le coffre).</translation>
    </message>
    <message>
        <source>The minisign public key is not valid base64.</source>
        <translation>La clé publique minisign n’est pas du base64 valide.</translation>
    </message>
    <message>
        <source>This is not a minisign Ed25519 public key.</source>
        <translation>Ce n’est pas une clé publique minisign Ed25519.</translation>
    </message>
    <message>
        <source>The minisign public key file is empty.</source>
        <translation>Le fichier de clé publique minisign est vide.</translation>
    </message>
    <message>
        <source>The signature file is not text.</source>
        <translation>Le fichier de signature n’est pas du texte.</translation>
    </message>
    <message>
        <source>The signature file is not in minisign&apos;s format.</source>
        <translation>Le fichier de signature n’est pas au format de minisign.</translation>
    </message>
    <message>
        <source>The signature file has no trusted comment.</source>
        <translation>Le fichier de signature n’a pas de commentaire de confiance.</translation>
    </message>
    <message>
        <source>The signature file is not valid base64.</source>
        <translation>Le fichier de signature n’est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The signature file is not a minisign Ed25519 signature.</source>
        <translation>Le fichier de signature n’est pas une signature minisign Ed25519.</translation>
    </message>
    <message>
        <source>The signature was made with another key.</source>
        <translation>La signature a été faite avec une autre clé.</translation>
    </message>
    <message>
        <source>The signature does not match the signed file.</source>
        <translation>La signature ne correspond pas au fichier signé.</translation>
    </message>
    <message>
        <source>The signature&apos;s trusted comment was altered.</source>
        <translation>Le commentaire de confiance de la signature a été modifié.</translation>
    </message>
    <message>
        <source>Save the sheet as CSV from your spreadsheet program (File &gt; Save as &gt; CSV UTF-8) and try again; nothing was imported.</source>
        <translation>Enregistrez la feuille en CSV depuis votre tableur (Fichier &gt; Enregistrer sous &gt; CSV UTF-8) et réessayez&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>--encoding {value}: unknown encoding.</source>
        <translation>--encoding {value}&#xa0;: encodage inconnu.</translation>
    </message>
    <message>
        <source>Use e.g. {examples}.</source>
        <translation>Utilisez par exemple {examples}.</translation>
    </message>
    <message>
        <source>lines {numbers} and more</source>
        <translation>les lignes {numbers} et d’autres</translation>
    </message>
    <message>
        <source>line {numbers}</source>
        <translation>la ligne {numbers}</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>les lignes {numbers}</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Le fichier {file} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{path} is not a regular file.</source>
        <translation>{path} n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The file {file} could not be read.</source>
        <translation>Le fichier {file} n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>given with --encoding</source>
        <translation>donné avec --encoding</translation>
    </message>
    <message>
        <source>detected: UTF-8 byte-order mark</source>
        <translation>détecté&#xa0;: marque d’ordre des octets UTF-8</translation>
    </message>
    <message>
        <source>detected: UTF-16 byte-order mark</source>
        <translation>détecté&#xa0;: marque d’ordre des octets UTF-16</translation>
    </message>
    <message>
        <source>detected: the whole file is valid UTF-8</source>
        <translation>détecté&#xa0;: tout le fichier est de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>detected: the whole file is ASCII</source>
        <translation>détecté&#xa0;: tout le fichier est en ASCII</translation>
    </message>
    <message>
        <source>detected: not UTF-8, and its {count} accented letters all read as Western European words</source>
        <translation>détecté&#xa0;: pas de l’UTF-8, et ses lettres accentuées (au nombre de {count}) se lisent toutes comme des mots d’Europe occidentale</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text, and FieldKit cannot tell its encoding for sure (the first letters that are not plain ASCII are on line {line}).</source>
        <translation>{file} n’est pas un texte UTF-8, et FieldKit ne peut pas déterminer son encodage avec certitude (les premières lettres qui ne sont pas de l’ASCII simple sont à la ligne {line}).</translation>
    </message>
    <message>
        <source>Save it as CSV UTF-8 from your spreadsheet program, or give its encoding with --encoding, e.g. {examples}; check with --dry-run, which shows rows as read. Nothing was imported.</source>
        <translation>Enregistrez-le en CSV UTF-8 depuis votre tableur, ou donnez son encodage avec --encoding, par exemple {examples}&#xa0;; vérifiez avec --dry-run, qui montre les lignes telles que lues. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} has a UTF-8 byte-order mark but {count} byte(s) that are not UTF-8, on {lines}.</source>
        <translation>{file} a une marque d’ordre des octets UTF-8 mais des octets qui ne sont pas de l’UTF-8 (au nombre de {count}), sur {lines}.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except for {count} byte(s) that are not UTF-8, on {lines}.</source>
        <translation>{file} est un texte UTF-8, sauf des octets qui ne sont pas de l’UTF-8 (au nombre de {count}), sur {lines}.</translation>
    </message>
    <message>
        <source>Correct the line(s) named (type the letters there again) and save the file as CSV UTF-8; or, if the whole file is in another encoding, give it with --encoding (check with --dry-run). Nothing was imported.</source>
        <translation>Corrigez la ou les lignes indiquées (retapez-y les lettres) et enregistrez le fichier en CSV UTF-8&#xa0;; ou, si tout le fichier est dans un autre encodage, donnez-le avec --encoding (vérifiez avec --dry-run). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} does not start with a {encoding} byte-order mark.</source>
        <translation>{file} ne commence pas par une marque d’ordre des octets {encoding}.</translation>
    </message>
    <message>
        <source>Give --encoding {little} (as Windows writes it) or {big} instead; nothing was imported.</source>
        <translation>Indiquez plutôt --encoding {little} (comme l’écrit Windows) ou {big}&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Check --encoding (e.g. {examples}), or leave it out to detect the encoding; or correct those lines. Nothing was imported.</source>
        <translation>Vérifiez --encoding (par exemple {examples}), ou omettez-le pour détecter l’encodage&#xa0;; ou corrigez ces lignes. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Correct those lines, or save the sheet again as CSV UTF-8. Nothing was imported.</source>
        <translation>Corrigez ces lignes, ou enregistrez à nouveau la feuille en CSV UTF-8. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} text: {lines} cannot be read as {encoding}.</source>
        <translation>{file} n’est pas un texte {encoding} valide&#xa0;: {lines} ne peuvent pas être lues en {encoding}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a CSV file.</source>
        <translation>{path} est un dossier&#xa0;; donnez un fichier CSV.</translation>
    </message>
    <message>
        <source>The file {file} is larger than {size} GB.</source>
        <translation>Le fichier {file} dépasse {size} Go.</translation>
    </message>
    <message>
        <source>Split the sheet into smaller CSV files and import them one by one.</source>
        <translation>Découpez la feuille en fichiers CSV plus petits et importez-les un par un.</translation>
    </message>
    <message>
        <source>Close the spreadsheet program, then import again.</source>
        <translation>Fermez le tableur, puis importez à nouveau.</translation>
    </message>
    <message>
        <source>{file} is empty: there is no header row.</source>
        <translation>{file} est vide&#xa0;: il n’y a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>--delimiter {value}: give one character such as &apos;,&apos; &apos;;&apos; or &apos;tab&apos;.</source>
        <translation>--delimiter {value}&#xa0;: donnez un seul caractère, comme &apos;,&apos; &apos;;&apos; ou &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>a workbook (.xlsx or .ods), not a CSV file</source>
        <translation>un classeur (.xlsx ou .ods), pas un fichier CSV</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls), not a CSV file</source>
        <translation>un classeur Excel 97-2003 (.xls), pas un fichier CSV</translation>
    </message>
    <message>
        <source>a PDF document, not a CSV file</source>
        <translation>un document PDF, pas un fichier CSV</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes between its letters: it looks like {encoding} text without a byte-order mark.</source>
        <translation>{file} contient des octets NUL entre ses lettres&#xa0;: il ressemble à du texte {encoding} sans marque d’ordre des octets.</translation>
    </message>
    <message>
        <source>Read it as {encoding} (--encoding {codec}), or save the sheet as CSV UTF-8 from your spreadsheet program. Nothing was imported.</source>
        <translation>Lisez-le en {encoding} (--encoding {codec}), ou enregistrez la feuille en CSV UTF-8 depuis votre tableur. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes: it is a binary file, not CSV text.</source>
        <translation>{file} contient des octets NUL&#xa0;: c’est un fichier binaire, pas du texte CSV.</translation>
    </message>
    <message>
        <source>Save the sheet as CSV from your spreadsheet program; if it is UTF-16 text without a byte-order mark, give --encoding {little} or {big}. Nothing was imported.</source>
        <translation>Enregistrez la feuille en CSV depuis votre tableur&#xa0;; si c’est du texte UTF-16 sans marque d’ordre des octets, indiquez --encoding {little} ou {big}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} changed while it was being read; nothing was imported.</source>
        <translation>{file} a changé pendant sa lecture&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} is {what}.</source>
        <translation>{file} est {what}.</translation>
    </message>
    <message>
        <source>{file} holds binary data, not CSV text.</source>
        <translation>{file} contient des données binaires, pas du texte CSV.</translation>
    </message>
    <message>
        <source>{file} has {count} columns; FieldKit reads at most {limit} (the widest sheet Excel or LibreOffice makes).</source>
        <translation>{file} a {count} colonnes&#xa0;; FieldKit en lit au plus {limit} (la feuille la plus large que font Excel ou LibreOffice).</translation>
    </message>
    <message>
        <source>Delete the empty columns at the right of the sheet, save it as CSV again and import it; nothing was imported.</source>
        <translation>Supprimez les colonnes vides à droite de la feuille, enregistrez-la à nouveau en CSV et importez-la&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows.</source>
        <translation>{file} a plus de {limit} lignes.</translation>
    </message>
    <message>
        <source>Line {line} of {file} is longer than {limit} characters: it is not a spreadsheet row.</source>
        <translation>La ligne {line} de {file} dépasse {limit} caractères&#xa0;: ce n’est pas une ligne de tableur.</translation>
    </message>
    <message>
        <source>Row {row} of {file} has a cell longer than {limit} characters (a field holds at most {most}); is a quote left open?</source>
        <translation>La ligne {row} de {file} a une cellule de plus de {limit} caractères (un champ en contient au plus {most})&#xa0;; un guillemet est-il resté ouvert&#xa0;?</translation>
    </message>
    <message>
        <source>{file} ends inside a quoted cell that starts at row {row} or after; a quote (&quot;) is left open.</source>
        <translation>{file} se termine dans une cellule entre guillemets qui commence à la ligne {row} ou après&#xa0;; un guillemet (&quot;) est resté ouvert.</translation>
    </message>
    <message>
        <source>Row {row} of {file} is not valid CSV: a quoted cell is not closed properly.</source>
        <translation>La ligne {row} de {file} n’est pas du CSV valide&#xa0;: une cellule entre guillemets n’est pas bien fermée.</translation>
    </message>
    <message>
        <source>--map {value}: write COLUMN=field, e.g. --map &quot;Inv. No.=inventory_number&quot;.</source>
        <translation>--map {value}&#xa0;: écrivez COLONNE=champ, par exemple --map &quot;Inv. No.=inventory_number&quot;.</translation>
    </message>
    <message>
        <source>--map: &apos;{value}&apos; is not a field of object records.</source>
        <translation>--map&#xa0;: «&#xa0;{value}&#xa0;» n’est pas un champ des fiches d’objets.</translation>
    </message>
    <message>
        <source>Known fields: {fields} (or &apos;-&apos; to skip a column).</source>
        <translation>Champs connus&#xa0;: {fields} (ou &apos;-&apos; pour ignorer une colonne).</translation>
    </message>
    <message>
        <source>--map: the file has no column {value} (it has {count}).</source>
        <translation>--map&#xa0;: le fichier n’a pas de colonne {value} (il en a {count}).</translation>
    </message>
    <message>
        <source>--map: several columns are named &apos;{value}&apos;.</source>
        <translation>--map&#xa0;: plusieurs colonnes s’appellent «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>Name the column by its position instead, e.g. --map &quot;#{number}=…&quot;.</source>
        <translation>Désignez plutôt la colonne par sa position, par exemple --map &quot;#{number}=…&quot;.</translation>
    </message>
    <message>
        <source>--map: the file has no column &apos;{value}&apos;.</source>
        <translation>--map&#xa0;: le fichier n’a pas de colonne «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>Its columns are: {columns}.</source>
        <translation>Ses colonnes sont&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>--map names the column &apos;{column}&apos; twice.</source>
        <translation>--map désigne deux fois la colonne «&#xa0;{column}&#xa0;».</translation>
    </message>
    <message>
        <source>--map: columns &apos;{first}&apos; and &apos;{second}&apos; both map to {field}.</source>
        <translation>--map&#xa0;: les colonnes «&#xa0;{first}&#xa0;» et «&#xa0;{second}&#xa0;» vont toutes deux dans {field}.</translation>
    </message>
    <message>
        <source>The columns &apos;{first}&apos; and &apos;{second}&apos; both look like {field}.</source>
        <translation>Les colonnes «&#xa0;{first}&#xa0;» et «&#xa0;{second}&#xa0;» ressemblent toutes deux à {field}.</translation>
    </message>
    <message>
        <source>Choose with --map, e.g. --map &quot;{column}=-&quot; to skip one of them.</source>
        <translation>Choisissez avec --map, par exemple --map &quot;{column}=-&quot; pour ignorer l’une d’elles.</translation>
    </message>
    <message>
        <source>None of the columns matches a field of object records (columns: {columns}).</source>
        <translation>Aucune colonne ne correspond à un champ des fiches d’objets (colonnes&#xa0;: {columns}).</translation>
    </message>
    <message>
        <source>Map them with --map &quot;COLUMN=field&quot;, e.g. --map &quot;Inv. No.=inventory_number&quot;; fields: {fields}.</source>
        <translation>Associez-les avec --map &quot;COLONNE=champ&quot;, par exemple --map &quot;Inv. No.=inventory_number&quot;&#xa0;; champs&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>{field} is a date with day and month in an order the file does not show (no day above 12 anywhere); import again with --date-order dmy (day/month/year) or mdy (month/day/year).</source>
        <translation>Le champ {field} est une date dont le fichier ne montre pas l’ordre du jour et du mois (aucun jour au-delà de 12)&#xa0;; importez à nouveau avec --date-order dmy (jour/mois/année) ou mdy (mois/jour/année).</translation>
    </message>
    <message>
        <source>{field} is a date written day/month/year or month/day/year, and the file has both; correct the others in the spreadsheet, or import again with --date-order dmy or mdy.</source>
        <translation>Le champ {field} est une date écrite jour/mois/année ou mois/jour/année, et le fichier a les deux&#xa0;; corrigez les autres dans le tableur, ou importez à nouveau avec --date-order dmy ou mdy.</translation>
    </message>
    <message>
        <source>{field} is not a date that exists (such as 31 February).</source>
        <translation>Le champ {field} n’est pas une date qui existe (comme le 31 février).</translation>
    </message>
    <message>
        <source>{field} must be written like “{example}” or “55 x 35 cm”.</source>
        <translation>Le champ {field} doit s’écrire comme «&#xa0;{example}&#xa0;» ou «&#xa0;55 x 35 cm&#xa0;».</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}&#xa0;; {second}</translation>
    </message>
    <message>
        <source>{item}, {more}</source>
        <translation>{item}, {more}</translation>
    </message>
    <message>
        <source>{problem} The cell holds “{value}”.</source>
        <translation>{problem} La cellule contient «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>{problem} The cell holds “{value}”; did you mean “{suggestion}”?</source>
        <translation>{problem} La cellule contient «&#xa0;{value}&#xa0;»&#xa0;; vouliez-vous dire «&#xa0;{suggestion}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>{count} inventory number(s) appear more than once in the file (imported anyway: unique within a vault is warned, not enforced).</source>
        <translation>Numéros d’inventaire présents plus d’une fois dans le fichier&#xa0;: {count} (importés quand même&#xa0;: l’unicité dans un coffre est signalée, pas imposée).</translation>
    </message>
    <message>
        <source>{count} inventory number(s) are already in the vault (imported anyway, as new objects; importing the same file twice doubles it).</source>
        <translation>Numéros d’inventaire déjà dans le coffre&#xa0;: {count} (importés quand même, comme nouveaux objets&#xa0;; importer deux fois le même fichier le double).</translation>
    </message>
    <message>
        <source>{count} cell(s) begin like a spreadsheet formula (=, +, -, @); they are stored as plain text and never evaluated.</source>
        <translation>Cellules qui commencent comme une formule de tableur (=, +, -, @)&#xa0;: {count}&#xa0;; elles sont enregistrées en texte simple et jamais évaluées.</translation>
    </message>
    <message>
        <source>{count} row(s) have no inventory number; they are imported without one (add it later in FieldKit, or in the spreadsheet before importing).</source>
        <translation>Lignes sans numéro d’inventaire&#xa0;: {count}&#xa0;; elles sont importées sans numéro (ajoutez-le ensuite dans FieldKit, ou dans le tableur avant d’importer).</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; ({field}) is not imported: its {count} value(s) are left out, and every object is imported without this field.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» ({field}) n’est pas importée&#xa0;: ses valeurs ({count}) sont laissées de côté, et chaque objet est importé sans ce champ.</translation>
    </message>
    <message>
        <source>Cross references and duplicates in the vault were not checked.</source>
        <translation>Les renvois et les doublons dans le coffre n’ont pas été vérifiés.</translation>
    </message>
    <message>
        <source>this row has {cells} cells but the header has {columns} columns.</source>
        <translation>cette ligne a {cells} cellules mais l’en-tête a {columns} colonnes.</translation>
    </message>
    <message>
        <source>cross reference: {problem}</source>
        <translation>renvoi&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Annulé&#xa0;; rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>The file has {count} error(s); nothing was imported.</source>
        <translation>
            <numerusform>Le fichier contient {count} erreur&#xa0;; rien n’a été importé.</numerusform>
            <numerusform>Le fichier contient {count} erreurs&#xa0;; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct them in the spreadsheet and import again.</source>
        <translation>Corrigez-les dans le tableur et importez à nouveau.</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported; nothing was imported.</source>
        <translation>{file} a changé pendant l’importation&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} was changed after it was checked; nothing was imported.</source>
        <translation>{file} a été modifié après sa vérification&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Check the file again, then import it.</source>
        <translation>Vérifiez à nouveau le fichier, puis importez-le.</translation>
    </message>
    <message>
        <source>These columns hold data but match no field: {columns}; nothing was imported.</source>
        <translation>Ces colonnes contiennent des données mais ne correspondent à aucun champ&#xa0;: {columns}&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Map each to a field (e.g. --map &quot;{column}=notes&quot;) or skip it on purpose (--map &quot;{column}=-&quot;). Fields: {fields}.</source>
        <translation>Associez chacune à un champ (par exemple --map &quot;{column}=notes&quot;) ou ignorez-la exprès (--map &quot;{column}=-&quot;). Champs&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} et {count} de plus</translation>
    </message>
    <message>
        <source>--undo undoes an import already made; give it without a spreadsheet file.</source>
        <translation>--undo annule une importation déjà faite&#xa0;; donnez-le sans fichier de tableur.</translation>
    </message>
    <message>
        <source>--include-edited goes with --undo.</source>
        <translation>--include-edited va avec --undo.</translation>
    </message>
    <message>
        <source>Give the spreadsheet to import, or --undo LAST to undo the last import.</source>
        <translation>Indiquez le tableur à importer, ou --undo LAST pour annuler la dernière importation.</translation>
    </message>
    <message>
        <source>Check the id or inventory number (`fieldkit object list` shows them).</source>
        <translation>Vérifiez l’identifiant ou le numéro d’inventaire (`fieldkit object list` les affiche).</translation>
    </message>
    <message>
        <source>No object has this id or inventory number.</source>
        <translation>Aucun objet n’a cet identifiant ou ce numéro d’inventaire.</translation>
    </message>
    <message>
        <source>No damage report has this id or inventory number.</source>
        <translation>Aucun constat de dommages n’a cet identifiant ou ce numéro d’inventaire.</translation>
    </message>
    <message>
        <source>No location has this id, inventory number or code.</source>
        <translation>Aucun lieu n’a cet identifiant, ce numéro d’inventaire ou ce code.</translation>
    </message>
    <message>
        <source>No container has this id, inventory number or code.</source>
        <translation>Aucun contenant n’a cet identifiant, ce numéro d’inventaire ou ce code.</translation>
    </message>
    <message>
        <source>No movement has this id, inventory number or code.</source>
        <translation>Aucun mouvement n’a cet identifiant, ce numéro d’inventaire ou ce code.</translation>
    </message>
    <message>
        <source>No handover has this id, inventory number or code.</source>
        <translation>Aucune remise n’a cet identifiant, ce numéro d’inventaire ou ce code.</translation>
    </message>
    <message>
        <source>No duplicate decision has this id, inventory number or code.</source>
        <translation>Aucune décision sur des doublons n’a cet identifiant, ce numéro d’inventaire ou ce code.</translation>
    </message>
    <message>
        <source>No record has this id, inventory number or code.</source>
        <translation>Aucune fiche n’a cet identifiant, ce numéro d’inventaire ou ce code.</translation>
    </message>
    <message>
        <source>Look at the newer values, choose which to keep, then save again.</source>
        <translation>Regardez les valeurs plus récentes, choisissez celles à garder, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you started editing it.</source>
        <translation>Cette fiche a été modifiée par quelqu’un d’autre depuis que vous avez commencé à la modifier.</translation>
    </message>
    <message>
        <source>Type more characters of the id, or use the full id.</source>
        <translation>Tapez plus de caractères de l’identifiant, ou l’identifiant complet.</translation>
    </message>
    <message>
        <source>Several records (objects and containers) have this number or code.</source>
        <translation>Plusieurs fiches (objets et contenants) ont ce numéro ou ce code.</translation>
    </message>
    <message>
        <source>Remove it from the record&apos;s photos, add it again, then save.</source>
        <translation>Retirez-la des photos de la fiche, ajoutez-la à nouveau, puis enregistrez.</translation>
    </message>
    <message>
        <source>A photo&apos;s role must be one of: {roles}.</source>
        <translation>Le rôle d’une photo doit être l’un de&#xa0;: {roles}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Annulé&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A photo added to this record is no longer in the vault.</source>
        <translation>Une photo ajoutée à cette fiche n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>A decision about possible duplicates cannot be typed or edited.</source>
        <translation>Une décision sur des doublons possibles ne peut pas être saisie ni modifiée.</translation>
    </message>
    <message>
        <source>Decide with `fieldkit duplicates decide`, undo with `duplicates undo`.</source>
        <translation>Décidez avec `fieldkit duplicates decide`, annulez avec `duplicates undo`.</translation>
    </message>
    <message>
        <source>A damage report needs an object, or a site when it is about a place.</source>
        <translation>Un constat de dommages demande un objet, ou un site s’il porte sur un lieu.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>A location cannot be inside itself.</source>
        <translation>Un lieu ne peut pas se trouver dans lui-même.</translation>
    </message>
    <message>
        <source>Another location or container already has this code.</source>
        <translation>Un autre lieu ou contenant a déjà ce code.</translation>
    </message>
    <message>
        <source>Codes are printed on labels and scanned: choose one not used yet.</source>
        <translation>Les codes sont imprimés sur les étiquettes et scannés&#xa0;: choisissez-en un qui n’est pas encore utilisé.</translation>
    </message>
    <message>
        <source>A container cannot be packed into itself.</source>
        <translation>Un contenant ne peut pas être rangé dans lui-même.</translation>
    </message>
    <message>
        <source>A handover is written by its giver: from_party must be you.</source>
        <translation>Une remise est rédigée par son remettant&#xa0;: from_party doit être vous.</translation>
    </message>
    <message>
        <source>An accepted handover cannot change what was handed over, by whom, to whom or when.</source>
        <translation>Une remise acceptée ne peut pas changer ce qui a été remis, par qui, à qui ni quand.</translation>
    </message>
    <message>
        <source>Record a new handover instead.</source>
        <translation>Enregistrez plutôt une nouvelle remise.</translation>
    </message>
    <message>
        <source>Only the giver can change a handover.</source>
        <translation>Seul le remettant peut modifier une remise.</translation>
    </message>
    <message>
        <source>Only the receiver can accept a handover, in their own vault.</source>
        <translation>Seul le destinataire peut accepter une remise, dans son propre coffre.</translation>
    </message>
    <message>
        <source>Send the handover to the receiver in a bundle; they accept it there.</source>
        <translation>Envoyez la remise au destinataire dans un paquet&#xa0;; il l’accepte de son côté.</translation>
    </message>
    <message>
        <source>This record was deleted; it cannot be edited.</source>
        <translation>Cette fiche a été supprimée&#xa0;; elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>The changes must be a JSON object of field names and values.</source>
        <translation>Les modifications doivent être un objet JSON de noms de champs et de valeurs.</translation>
    </message>
    <message>
        <source>This record has no such photo.</source>
        <translation>Cette fiche n’a pas cette photo.</translation>
    </message>
    <message>
        <source>This object was merged into another one.</source>
        <translation>Cet objet a été fusionné dans un autre.</translation>
    </message>
    <message>
        <source>Undo the merge (`fieldkit duplicates undo ID`), or delete the object it was merged into by that object&apos;s own id.</source>
        <translation>Annulez la fusion (`fieldkit duplicates undo ID`), ou supprimez l’objet dans lequel il a été fusionné par l’identifiant de cet objet.</translation>
    </message>
    <message>
        <source>This handover was accepted by its receiver; it cannot be deleted.</source>
        <translation>Cette remise a été acceptée par son destinataire&#xa0;; elle ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>This item is packed in a container or in transit.</source>
        <translation>Cet élément est emballé dans un contenant ou en transit.</translation>
    </message>
    <message>
        <source>Unpack it or receive it at a location first, then delete it.</source>
        <translation>Déballez-le ou réceptionnez-le d’abord dans un lieu, puis supprimez-le.</translation>
    </message>
    <message>
        <source>This container still holds items.</source>
        <translation>Ce contenant renferme encore des éléments.</translation>
    </message>
    <message>
        <source>Unpack them first: move them to a location or into another container, then delete it.</source>
        <translation>Déballez-les d’abord&#xa0;: déplacez-les vers un lieu ou dans un autre contenant, puis supprimez-le.</translation>
    </message>
    <message>
        <source>That revision is the deletion itself.</source>
        <translation>Cette révision est la suppression elle-même.</translation>
    </message>
    <message>
        <source>Choose the revision before it to bring the record back.</source>
        <translation>Choisissez la révision qui la précède pour rétablir la fiche.</translation>
    </message>
    <message>
        <source>More than one revision of this record starts with this id.</source>
        <translation>Plus d’une révision de cette fiche commence par cet identifiant.</translation>
    </message>
    <message>
        <source>This record has no revision with this id.</source>
        <translation>Cette fiche n’a pas de révision avec cet identifiant.</translation>
    </message>
    <message>
        <source>The record&apos;s history lists its revisions and their ids.</source>
        <translation>L’historique de la fiche liste ses révisions et leurs identifiants.</translation>
    </message>
    <message>
        <source>Several objects have this inventory number.</source>
        <translation>Plusieurs objets ont ce numéro d’inventaire.</translation>
    </message>
    <message>
        <source>Use the object&apos;s id instead.</source>
        <translation>Utilisez plutôt l’identifiant de l’objet.</translation>
    </message>
    <message>
        <source>Several locations or containers have this code.</source>
        <translation>Plusieurs lieux ou contenants ont ce code.</translation>
    </message>
    <message>
        <source>Use the id instead.</source>
        <translation>Utilisez plutôt l’identifiant.</translation>
    </message>
    <message>
        <source>More than one record starts with this id.</source>
        <translation>Plus d’une fiche commence par cet identifiant.</translation>
    </message>
    <message>
        <source>No object or container has this id, inventory number or code.</source>
        <translation>Aucun objet ni contenant n’a cet identifiant, ce numéro d’inventaire ou ce code.</translation>
    </message>
    <message>
        <source>An item is an object (`fieldkit object list`) or a container (`fieldkit container list`).</source>
        <translation>Un élément est un objet (`fieldkit object list`) ou un contenant (`fieldkit container list`).</translation>
    </message>
    <message>
        <source>A cross reference is the inventory number of several objects.</source>
        <translation>Un renvoi est le numéro d’inventaire de plusieurs objets.</translation>
    </message>
    <message>
        <source>Choose the object from the suggestions (it is then stored by its id).</source>
        <translation>Choisissez l’objet parmi les suggestions (il est alors enregistré par son identifiant).</translation>
    </message>
    <message>
        <source>Correct the value and save again; nothing was saved.</source>
        <translation>Corrigez la valeur et enregistrez de nouveau&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>Le champ {field} doit être du texte.</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters.</source>
        <translation>Le champ {field} dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>{field} contains control characters.</source>
        <translation>Le champ {field} contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>{field} contains an invalid character (a lone surrogate).</source>
        <translation>Le champ {field} contient un caractère non valide (un demi-code de substitution isolé).</translation>
    </message>
    <message>
        <source>{field} contains invisible formatting characters or line breaks (such as direction overrides).</source>
        <translation>Le champ {field} contient des caractères de mise en forme invisibles ou des sauts de ligne (comme des forçages de direction).</translation>
    </message>
    <message>
        <source>Type the value again plainly, without copying it from formatted text.</source>
        <translation>Saisissez de nouveau la valeur en texte simple, sans la copier depuis un texte mis en forme.</translation>
    </message>
    <message>
        <source>A caption is one line of text.</source>
        <translation>Une légende tient sur une seule ligne de texte.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>Le champ {field} doit prendre l’une de ces valeurs&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>Le champ {field} doit être une liste.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 1 to 4.</source>
        <translation>Le champ {field} doit être un nombre entier de 1 à 4.</translation>
    </message>
    <message>
        <source>{field} must be from 1 (first to save) to 4; got {number}.</source>
        <translation>Le champ {field} doit aller de 1 (à sauver en premier) à 4&#xa0;; reçu {number}.</translation>
    </message>
    <message>
        <source>{field}: {what} must be a number.</source>
        <translation>{field}&#xa0;: {what} doit être un nombre.</translation>
    </message>
    <message>
        <source>{field} must be latitude and longitude, e.g. 36.34, 43.13.</source>
        <translation>Le champ {field} doit contenir une latitude et une longitude, par ex. 36.34, 43.13.</translation>
    </message>
    <message>
        <source>{field} must have exactly lat and lon.</source>
        <translation>Le champ {field} doit avoir exactement lat et lon.</translation>
    </message>
    <message>
        <source>{field}: latitude must be between -90 and 90.</source>
        <translation>{field}&#xa0;: la latitude doit être comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>{field}: longitude must be between -180 and 180.</source>
        <translation>{field}&#xa0;: la longitude doit être comprise entre -180 et 180.</translation>
    </message>
    <message>
        <source>{field} must be written like &apos;height 32 cm; width 20 cm&apos;.</source>
        <translation>Le champ {field} doit s’écrire comme «&#xa0;height 32 cm; width 20 cm&#xa0;».</translation>
    </message>
    <message>
        <source>{field}: each entry needs exactly dimension, value and unit.</source>
        <translation>{field}&#xa0;: chaque entrée doit avoir exactement dimension, value et unit.</translation>
    </message>
    <message>
        <source>{field}: dimension and unit cannot be empty.</source>
        <translation>{field}&#xa0;: la dimension et l’unité ne peuvent pas être vides.</translation>
    </message>
    <message>
        <source>{field}: values must be greater than zero.</source>
        <translation>{field}&#xa0;: les valeurs doivent être supérieures à zéro.</translation>
    </message>
    <message>
        <source>{field} must be from 0 to 1.</source>
        <translation>Le champ {field} doit aller de 0 à 1.</translation>
    </message>
    <message>
        <source>{field} must be 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos; (no spaces), e.g. C-014.</source>
        <translation>Le champ {field} doit compter de 1 à 40 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;», «&#xa0;/&#xa0;» ou «&#xa0;-&#xa0;» (sans espace), par ex. C-014.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>Le champ {field} doit être un nombre entier.</translation>
    </message>
    <message>
        <source>{field} must be from 1 to {max}.</source>
        <translation>Le champ {field} doit aller de 1 à {max}.</translation>
    </message>
    <message>
        <source>{field} must be an identity fingerprint (64 hex digits).</source>
        <translation>Le champ {field} doit être une empreinte d’identité (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>{field} must be a date written YYYY-MM-DD (e.g. {example}).</source>
        <translation>Le champ {field} doit être une date écrite AAAA-MM-JJ (par ex. {example}).</translation>
    </message>
    <message>
        <source>{field} must be a date and time written YYYY-MM-DDTHH:MM (e.g. {example}).</source>
        <translation>Le champ {field} doit être une date et une heure écrites AAAA-MM-JJTHH:MM (par ex. {example}).</translation>
    </message>
    <message>
        <source>{field} must have name, organisation and fingerprint only.</source>
        <translation>Le champ {field} ne doit avoir que name, organisation et fingerprint.</translation>
    </message>
    <message>
        <source>{field}: {key} is one line of text.</source>
        <translation>{field}&#xa0;: {key} tient sur une seule ligne de texte.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of {kinds}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un champ des {kinds}.</translation>
    </message>
    <message>
        <source>The record must be a JSON object of field names and values.</source>
        <translation>La fiche doit être un objet JSON de noms de champs et de valeurs.</translation>
    </message>
    <message>
        <source>Known fields: {fields}.</source>
        <translation>Champs connus&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>event_date_to is before event_date_from.</source>
        <translation>event_date_to est antérieure à event_date_from.</translation>
    </message>
    <message>
        <source>A location needs a code (printed on its label).</source>
        <translation>Un emplacement a besoin d’un code (imprimé sur son étiquette).</translation>
    </message>
    <message>
        <source>A container needs a code (printed on its label).</source>
        <translation>Un contenant a besoin d’un code (imprimé sur son étiquette).</translation>
    </message>
    <message>
        <source>A movement needs at least one item.</source>
        <translation>Un mouvement doit comprendre au moins un élément.</translation>
    </message>
    <message>
        <source>A movement goes to a location or into a container, not both.</source>
        <translation>Un mouvement va vers un lieu ou dans un contenant, pas les deux.</translation>
    </message>
    <message>
        <source>A movement needs a destination.</source>
        <translation>Un mouvement a besoin d’une destination.</translation>
    </message>
    <message>
        <source>A movement is received after it departed.</source>
        <translation>Un mouvement est reçu après son départ.</translation>
    </message>
    <message>
        <source>received_at is before departed_at.</source>
        <translation>received_at est antérieure à departed_at.</translation>
    </message>
    <message>
        <source>A handover needs at least one item.</source>
        <translation>Une remise doit comprendre au moins un élément.</translation>
    </message>
    <message>
        <source>A handover needs the receiver&apos;s identity (a fingerprint).</source>
        <translation>Une remise a besoin de l’identité du destinataire (une empreinte).</translation>
    </message>
    <message>
        <source>Only the receiver named in to_party can accept a handover.</source>
        <translation>Seul le destinataire nommé dans to_party peut accepter une remise.</translation>
    </message>
    <message>
        <source>The key change was cancelled; the vault keeps its old keys and passphrase.</source>
        <translation>Le changement de clés a été annulé&#xa0;; le coffre garde ses anciennes clés et sa phrase secrète.</translation>
    </message>
    <message>
        <source>This vault&apos;s passphrase protection is weaker than FieldKit&apos;s minimum; change the passphrase to strengthen it.</source>
        <translation>La protection de ce coffre par sa phrase secrète est plus faible que le minimum de FieldKit&#xa0;; changez la phrase secrète pour la renforcer.</translation>
    </message>
    <message>
        <source>The vault database is incomplete (its storage key is missing).</source>
        <translation>La base de données du coffre est incomplète (sa clé de stockage est absente).</translation>
    </message>
    <message>
        <source>The vault was rekeyed: the new passphrase and recovery key are in force, but the last step could not be done now ({reason})</source>
        <translation>Les clés du coffre ont été changées&#xa0;: la nouvelle phrase secrète et la nouvelle clé de secours sont en vigueur, mais la dernière étape n’a pas pu être faite maintenant ({reason})</translation>
    </message>
    <message>
        <source>Close FieldKit, then open the vault with the NEW passphrase: opening finishes the change.</source>
        <translation>Fermez FieldKit, puis ouvrez le coffre avec la NOUVELLE phrase secrète&#xa0;: l’ouverture termine le changement.</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder.</source>
        <translation>{path} existe et n’est pas un dossier.</translation>
    </message>
    <message>
        <source>There is already a vault in {path}.</source>
        <translation>Il y a déjà un coffre dans {path}.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty.</source>
        <translation>Le dossier {path} n’est pas vide.</translation>
    </message>
    <message>
        <source>Export cancelled; no bundle was written.</source>
        <translation>Exportation annulée&#xa0;; aucun paquet n’a été écrit.</translation>
    </message>
    <message>
        <source>Name recipients with --to CARD.fkid (or age1… keys), trust a coordinator with `fieldkit trust add CARD.fkid --role coordinator`, or export --plain for auditors.</source>
        <translation>Nommez des destinataires avec --to CARTE.fkid (ou des clés age1…), faites confiance à un coordinateur avec `fieldkit trust add CARTE.fkid --role coordinator`, ou exportez avec --plain pour des auditeurs.</translation>
    </message>
    <message>
        <source>--max-size {size} is not a size (e.g. 700M or 3.9G).</source>
        <translation>--max-size {size} n’est pas une taille (par ex. 700M ou 3.9G).</translation>
    </message>
    <message>
        <source>--max-size must be at least 1M.</source>
        <translation>--max-size doit valoir au moins 1M.</translation>
    </message>
    <message>
        <source>Parts of this export disappeared from {folder} before they were recorded as sent, so nothing was recorded: {parts}.</source>
        <translation>Des parties de cet export ont disparu de {folder} avant d’être enregistrées comme envoyées, donc rien n’a été enregistré&#xa0;: {parts}.</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and that no other program removes files from it, then export again.</source>
        <translation>Vérifiez que le disque est toujours branché et qu’aucun autre programme n’en supprime de fichiers, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>Parts of this export were recorded as sent but could not be put in place in {folder}: {parts}.</source>
        <translation>Des parties de cet export ont été enregistrées comme envoyées mais n’ont pas pu être mises en place dans {folder}&#xa0;: {parts}.</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then export everything again (a full copy) so that the recipients get what those parts carried.</source>
        <translation>Vérifiez que le disque est toujours branché et en état de marche, puis exportez de nouveau tout (une copie complète) pour que les destinataires reçoivent ce que ces parties contenaient.</translation>
    </message>
    <message>
        <source>--leave-out-photo {prefix} is not a photo hash prefix: give at least 8 hex characters of its SHA-256.</source>
        <translation>--leave-out-photo {prefix} n’est pas un début d’empreinte de photo&#xa0;: donnez au moins 8 caractères hexadécimaux de son SHA-256.</translation>
    </message>
    <message>
        <source>--leave-out-photo {prefix} matches no photo in this export.</source>
        <translation>--leave-out-photo {prefix} ne correspond à aucune photo de cet export.</translation>
    </message>
    <message>
        <source>Check the hash: `fieldkit object show ID` shows the start of each photo&apos;s.</source>
        <translation>Vérifiez l’empreinte&#xa0;: `fieldkit object show ID` affiche le début de celle de chaque photo.</translation>
    </message>
    <message>
        <source>--leave-out-photo {prefix} matches {count} photos in this export; give more characters.</source>
        <translation>--leave-out-photo {prefix} correspond à {count} photos de cet export&#xa0;; donnez plus de caractères.</translation>
    </message>
    <message>
        <source>A record with its photos is larger than --max-size.</source>
        <translation>Une fiche avec ses photos dépasse --max-size.</translation>
    </message>
    <message>
        <source>Choose a larger --max-size (photos are never split across bundles).</source>
        <translation>Choisissez un --max-size plus grand (les photos ne sont jamais réparties sur plusieurs paquets).</translation>
    </message>
    <message>
        <source>Run `fieldkit trust add CARD.fkid` to see a card&apos;s fingerprint, compare it with its holder in person or by phone (they read theirs with `fieldkit identity show`), then run it again with --verified; or name a recipient with --to CARD.fkid.</source>
        <translation>Lancez `fieldkit trust add CARD.fkid` pour voir l’empreinte d’une carte, comparez-la avec son détenteur en personne ou par téléphone (il lit la sienne avec `fieldkit identity show`), puis relancez la commande avec --verified&#xa0;; ou nommez un destinataire avec --to CARD.fkid.</translation>
    </message>
    <message>
        <source>{start}… is not a valid age recipient.</source>
        <translation>{start}… n’est pas un destinataire age valide.</translation>
    </message>
    <message>
        <source>Bundles go by default only to verified coordinators, and {cards} is unverified: its fingerprint was never compared with its holder.</source>
        <translation>Par défaut, les paquets ne vont qu’aux coordinateurs vérifiés, et {cards} n’est pas vérifiée&#xa0;: son empreinte n’a jamais été comparée avec son détenteur.</translation>
    </message>
    <message>
        <source>Bundles go by default only to verified coordinators, and {cards} are unverified: their fingerprints were never compared with their holders.</source>
        <translation>Par défaut, les paquets ne vont qu’aux coordinateurs vérifiés, et {cards} ne sont pas vérifiées&#xa0;: leurs empreintes n’ont jamais été comparées avec leurs détenteurs.</translation>
    </message>
    <message>
        <source>There is no one to encrypt this bundle to.</source>
        <translation>Il n’y a personne pour qui chiffrer ce paquet.</translation>
    </message>
    <message>
        <source>age key {key}…</source>
        <translation>clé age {key}…</translation>
    </message>
    <message>
        <source>{card} is trusted but unverified: if the card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>{card} est de confiance mais non vérifiée&#xa0;: si la carte n’est pas vraiment celle de son détenteur, celui qui l’a fabriquée pourra lire ce paquet.</translation>
    </message>
    <message>
        <source>{card} was revoked in your trust store: if the card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>{card} a été révoquée parmi vos clés de confiance&#xa0;: si la carte n’est pas vraiment celle de son détenteur, celui qui l’a fabriquée pourra lire ce paquet.</translation>
    </message>
    <message>
        <source>{card} is not in your trust store: if the card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>{card} n’est pas parmi vos clés de confiance&#xa0;: si la carte n’est pas vraiment celle de son détenteur, celui qui l’a fabriquée pourra lire ce paquet.</translation>
    </message>
    <message>
        <source>{cards} have the same or lookalike names: check by fingerprint that this bundle goes to the one you mean.</source>
        <translation>{cards} ont le même nom ou des noms qui se ressemblent&#xa0;: vérifiez par l’empreinte que ce paquet va bien à la personne voulue.</translation>
    </message>
    <message>
        <source>{problem} {advice}</source>
        <translation>{problem} {advice}</translation>
    </message>
    <message>
        <source>Not encrypted to {card}: an unverified coordinator receives bundles only when named with --to.</source>
        <translation>Non chiffré pour {card}&#xa0;: un coordinateur non vérifié ne reçoit de paquets que s’il est nommé avec --to.</translation>
    </message>
    <message>
        <source>This export needs about {needed} MB and {folder} has {free} MB free; nothing was written.</source>
        <translation>Cet export a besoin d’environ {needed}&#xa0;Mo et {folder} n’a que {free}&#xa0;Mo de libre&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Free some space or choose another disk (a larger USB stick), then export again.</source>
        <translation>Libérez de l’espace ou choisissez un autre disque (une clé USB plus grande), puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>{count} photo(s) are not in this vault and were left out.</source>
        <translation>{count} photo(s) absente(s) de ce coffre, laissée(s) de côté.</translation>
    </message>
    <message>
        <source>{count} photo(s) left out as asked ({hashes}); a later export sends them.</source>
        <translation>{count} photo(s) laissée(s) de côté comme demandé ({hashes})&#xa0;; un export ultérieur les enverra.</translation>
    </message>
    <message>
        <source>Bundle {bundle} had disappeared from the outbox; its content will go out again in the next bundle.</source>
        <translation>Le paquet {bundle} avait disparu de la boîte d’envoi&#xa0;; son contenu repartira dans le prochain paquet.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was damaged in the outbox; its content will go out again in the next bundle.</source>
        <translation>Le paquet {bundle} était endommagé dans la boîte d’envoi&#xa0;; son contenu repartira dans le prochain paquet.</translation>
    </message>
    <message>
        <source>A bundle copied to the sync target &apos;{target}&apos; did not read back intact.</source>
        <translation>Un paquet copié vers la cible de synchronisation «&#xa0;{target}&#xa0;» ne s’est pas relu intact.</translation>
    </message>
    <message>
        <source>The drive may be failing: try another drive; the bundle waits in the outbox.</source>
        <translation>Le support est peut-être défaillant&#xa0;: essayez-en un autre&#xa0;; le paquet attend dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>{count} bundle(s) wait in the outbox</source>
        <translation>{count} paquet(s) attend(ent) dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>the outbox keeps its bundles</source>
        <translation>la boîte d’envoi garde ses paquets</translation>
    </message>
    <message>
        <source>Nothing was written to the sync target &apos;{target}&apos; because {reason}; {bundles}.</source>
        <translation>Rien n’a été écrit sur la cible de synchronisation «&#xa0;{target}&#xa0;», car {reason}&#xa0;; {bundles}.</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; disappeared during the sync: nothing half-copied is left under a bundle&apos;s name, and {bundles}.</source>
        <translation>La cible de synchronisation «&#xa0;{target}&#xa0;» a disparu pendant la synchro&#xa0;: rien de copié à moitié ne reste sous le nom d’un paquet, et {bundles}.</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; is read-only: nothing could be written there, and {bundles}.</source>
        <translation>La cible de synchronisation «&#xa0;{target}&#xa0;» est en lecture seule&#xa0;: rien n’a pu y être écrit, et {bundles}.</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; is full: {bundles}.</source>
        <translation>La cible de synchronisation «&#xa0;{target}&#xa0;» est pleine&#xa0;: {bundles}.</translation>
    </message>
    <message>
        <source>Writing to the sync target &apos;{target}&apos; failed ({error}), and {bundles}.</source>
        <translation>L’écriture sur la cible de synchronisation «&#xa0;{target}&#xa0;» a échoué ({error}), et {bundles}.</translation>
    </message>
    <message>
        <source>Nothing is sent to &apos;{target}&apos;: it has no recipients, and unverified coordinators are never chosen by default (name them with --to, or compare a coordinator&apos;s fingerprint with its holder and run `fieldkit trust add CARD.fkid --verified`).</source>
        <translation>Rien n’est envoyé à «&#xa0;{target}&#xa0;»&#xa0;: elle n’a aucun destinataire, et les coordinateurs non vérifiés ne sont jamais choisis par défaut (nommez-les avec --to, ou comparez l’empreinte d’un coordinateur avec son détenteur puis lancez `fieldkit trust add CARD.fkid --verified`).</translation>
    </message>
    <message>
        <source>Sync cancelled; the bundle being copied was not kept on the target.</source>
        <translation>Synchronisation annulée&#xa0;; le paquet en cours de copie n’a pas été conservé sur la cible.</translation>
    </message>
    <message>
        <source>This file is {found}, not a plain file, so it was not read.</source>
        <translation>Ce fichier est {found}, pas un fichier ordinaire&#xa0;: il n’a pas été lu.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; on the sync target is a link to somewhere else, not a real folder: FieldKit did not look inside it (remove the link).</source>
        <translation>«&#xa0;{path}&#xa0;» sur la cible de synchronisation est un lien vers un autre endroit, pas un vrai dossier&#xa0;: FieldKit n’y a pas regardé (supprimez le lien).</translation>
    </message>
    <message>
        <source>fieldkit/bundle.json is missing or too large.</source>
        <extracomment>``(done, total, step)``: bundles looked at of those found, and the step under way (&quot;listing&quot;, &quot;downloading&quot;, &quot;verifying&quot;, &quot;importing&quot;, &quot;quarantining&quot;; &quot;&quot; between bundles).</extracomment>
        <translation>fieldkit/bundle.json manque ou est trop grand.</translation>
    </message>
    <message>
        <source>data/inner.json.age is missing from the bundle.</source>
        <translation>data/inner.json.age manque dans le paquet.</translation>
    </message>
    <message>
        <source>Sync cancelled; every bundle imported so far is complete.</source>
        <translation>Synchronisation annulée&#xa0;; chaque paquet importé jusqu’ici est complet.</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}); it is tried again at the next sync. If this repeats, copy the bundle again or check the drive.</source>
        <translation>{file} n’a pas pu être lu ({reason})&#xa0;; il sera réessayé à la prochaine synchronisation. Si cela se répète, copiez de nouveau le paquet ou vérifiez le support.</translation>
    </message>
    <message>
        <source>An internal error stopped the import of this file (report id {report_id}).</source>
        <translation>Une erreur interne a arrêté l’import de ce fichier (rapport n° {report_id}).</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <extracomment>The tables that remember files looked at on a target, and the column naming the file.</extracomment>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>The receipt&apos;s file name names another writer.</source>
        <translation>Le nom de fichier de l’accusé de réception désigne un autre auteur.</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <extracomment>What long work polls: a :class:`Cancel` token, or any callable answering &quot;stop now?&quot;.</extracomment>
        <translation>L’opération a été annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Unknown format {format}; choose one of: {formats}.</source>
        <translation>Format inconnu {format}&#xa0;; choisissez l’un de&#xa0;: {formats}.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .csv.</source>
        <translation>{path} est un dossier&#xa0;; donnez un nom de fichier se terminant par .csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) began like a spreadsheet formula; each was written with a leading apostrophe, so that no spreadsheet runs it.</source>
        <translation>
            <numerusform>%n cellule commençait comme une formule de tableur et a été écrite précédée d’une apostrophe, pour qu’aucun tableur ne l’exécute.</numerusform>
            <numerusform>%n cellules commençaient comme une formule de tableur et ont été écrites précédées d’une apostrophe, pour qu’aucun tableur ne les exécute.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .xml.</source>
        <translation>{path} est un dossier&#xa0;; donnez un nom de fichier se terminant par .xml.</translation>
    </message>
    <message>
        <source>Cancelled; the demo vault holds part of the collection.</source>
        <translation>Annulé&#xa0;; le coffre de démonstration ne contient qu’une partie de la collection.</translation>
    </message>
    <message>
        <source>Delete the demo folder and run `fieldkit demo` again for a full one.</source>
        <translation>Supprimez le dossier de démonstration et relancez `fieldkit demo` pour une collection complète.</translation>
    </message>
    <message>
        <source>Cancelled; the photo was not added.</source>
        <translation>Annulé&#xa0;; la photo n’a pas été ajoutée.</translation>
    </message>
    <message>
        <source>a photo in the vault</source>
        <translation>une photo du coffre</translation>
    </message>
    <message>
        <source>Restore the vault from a backup that has this photo, or get the photo again.</source>
        <translation>Restaurez le coffre depuis une sauvegarde qui contient cette photo, ou procurez-vous de nouveau la photo.</translation>
    </message>
    <message>
        <source>A photo reference in the vault is not valid.</source>
        <translation>Une référence de photo dans le coffre n’est pas valide.</translation>
    </message>
    <message>
        <source>A photo file is missing from the vault&apos;s media folder.</source>
        <translation>Un fichier photo manque dans le dossier des médias du coffre.</translation>
    </message>
    <message>
        <source>Replace it with the plain file itself: FieldKit does not follow links, nor read pipes or devices, in folders it does not control.</source>
        <translation>Remplacez-le par le fichier ordinaire lui-même&#xa0;: FieldKit ne suit pas les liens et ne lit ni tubes ni périphériques dans les dossiers qu’il ne contrôle pas.</translation>
    </message>
    <message>
        <source>Ask the sender for a new copy; nothing was read from this file.</source>
        <translation>Demandez une nouvelle copie à l’expéditeur&#xa0;; rien n’a été lu dans ce fichier.</translation>
    </message>
    <message>
        <source>Remove the link from the folder (what it points to is not touched), then try again.</source>
        <translation>Retirez le lien du dossier (ce vers quoi il pointe n’est pas touché), puis réessayez.</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <extracomment>The same problem as a clause (&quot;… because {reason}; …&quot;), translated where it is shown.</extracomment>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{what} is {found}, not a plain file, so it was not read.</source>
        <translation>{what} est {found}, pas un fichier ordinaire&#xa0;: il n’a pas été lu.</translation>
    </message>
    <message>
        <source>{what} changed while it was being opened, so it was not read.</source>
        <translation>{what} a changé pendant son ouverture&#xa0;: il n’a pas été lu.</translation>
    </message>
    <message>
        <source>{what} is larger than any such file can be, so it was not read.</source>
        <translation>{what} est plus grand que ne peut l’être un tel fichier&#xa0;: il n’a pas été lu.</translation>
    </message>
    <message>
        <source>{path} is outside the folder {root}.</source>
        <translation>{path} est en dehors du dossier {root}.</translation>
    </message>
    <message>
        <source>{path} is outside the folder {root}</source>
        <translation>{path} est en dehors du dossier {root}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} is {found}, not a real folder: FieldKit writes only inside the folder and follows no link there.</source>
        <translation>«&#xa0;{name}&#xa0;» dans {root} est {found}, pas un vrai dossier&#xa0;: FieldKit n’écrit qu’à l’intérieur du dossier et n’y suit aucun lien.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} is {found}, not a real folder: FieldKit writes only inside the folder and follows no link there</source>
        <translation>«&#xa0;{name}&#xa0;» dans {root} est {found}, pas un vrai dossier&#xa0;: FieldKit n’écrit qu’à l’intérieur du dossier et n’y suit aucun lien</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} was moved or replaced while FieldKit was writing to it: FieldKit writes only inside the folder and follows no link there.</source>
        <translation>«&#xa0;{name}&#xa0;» dans {root} a été déplacé ou remplacé pendant que FieldKit y écrivait&#xa0;: FieldKit n’écrit qu’à l’intérieur du dossier et n’y suit aucun lien.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} was moved or replaced while FieldKit was writing to it: FieldKit writes only inside the folder and follows no link there</source>
        <translation>«&#xa0;{name}&#xa0;» dans {root} a été déplacé ou remplacé pendant que FieldKit y écrivait&#xa0;: FieldKit n’écrit qu’à l’intérieur du dossier et n’y suit aucun lien</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a plain file name inside the folder.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un simple nom de fichier dans le dossier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a plain file name inside the folder</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un simple nom de fichier dans le dossier</translation>
    </message>
    <message>
        <source>Run `fieldkit trust list` to see the keys this vault trusts.</source>
        <translation>Lancez `fieldkit trust list` pour voir les clés auxquelles ce coffre fait confiance.</translation>
    </message>
    <message>
        <source>The trusted card {fingerprint} stored in this vault is damaged ({problem})</source>
        <translation>La carte de confiance {fingerprint} conservée dans ce coffre est endommagée ({problem})</translation>
    </message>
    <message>
        <source>The trusted card {fingerprint} stored in this vault is damaged.</source>
        <translation>La carte de confiance {fingerprint} conservée dans ce coffre est endommagée.</translation>
    </message>
    <message>
        <source>The local name of a trusted key cannot be empty.</source>
        <translation>Le nom local d’une clé de confiance ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The local name is longer than {limit} characters.</source>
        <translation>Le nom local dépasse {limit}&#xa0;caractères.</translation>
    </message>
    <message>
        <source>The local name cannot contain control characters.</source>
        <translation>Le nom local ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>The role must be one of {roles}.</source>
        <translation>Le rôle doit être l’un de ceux-ci&#xa0;: {roles}.</translation>
    </message>
    <message>
        <source>This is this vault&apos;s own identity card; a vault does not need to trust itself.</source>
        <translation>C’est la carte d’identité de ce coffre lui-même&#xa0;; un coffre n’a pas besoin de se faire confiance.</translation>
    </message>
    <message>
        <source>Import the card of the other vault (its holder runs `fieldkit identity export`).</source>
        <translation>Importez la carte de l’autre coffre (son détenteur lance `fieldkit identity export`).</translation>
    </message>
    <message>
        <source>This card&apos;s signing key was revoked (as {other}); it cannot be trusted again this way.</source>
        <translation>La clé de signature de cette carte a été révoquée (en tant que {other})&#xa0;; on ne peut pas lui refaire confiance de cette façon.</translation>
    </message>
    <message>
        <source>Restoring a revoked key will be possible with a future `trust restore`.</source>
        <translation>Rétablir une clé révoquée sera possible avec une future commande `trust restore`.</translation>
    </message>
    <message>
        <source>This card&apos;s signing key is already trusted as {other} with another transport key.</source>
        <translation>La clé de signature de cette carte est déjà de confiance en tant que {other}, avec une autre clé de transport.</translation>
    </message>
    <message>
        <source>Ask the holder why their card changed; revoke the old entry if it is no longer theirs.</source>
        <translation>Demandez au détenteur pourquoi sa carte a changé&#xa0;; révoquez l’ancienne entrée si elle n’est plus la sienne.</translation>
    </message>
    <message>
        <source>This key ({existing}) was revoked; adding its card again does not restore it.</source>
        <translation>Cette clé ({existing}) a été révoquée&#xa0;; ajouter de nouveau sa carte ne la rétablit pas.</translation>
    </message>
    <message>
        <source>A fingerprint in display form has 30 digits (six groups of five).</source>
        <translation>Une empreinte sous forme affichée a 30&#xa0;chiffres (six groupes de cinq).</translation>
    </message>
    <message>
        <source>A fingerprint is written in hex digits (0-9, a-f).</source>
        <translation>Une empreinte s’écrit en chiffres hexadécimaux (0-9, a-f).</translation>
    </message>
    <message>
        <source>Give at least {count} hex digits of the fingerprint.</source>
        <translation>Donnez au moins {count}&#xa0;chiffres hexadécimaux de l’empreinte.</translation>
    </message>
    <message>
        <source>The fingerprint prefix {text} matches several trusted keys; give more digits.</source>
        <translation>Le début d’empreinte {text} correspond à plusieurs clés de confiance&#xa0;; donnez plus de chiffres.</translation>
    </message>
    <message>
        <source>No trusted key has the fingerprint {fingerprint}.</source>
        <translation>Aucune clé de confiance n’a l’empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>To verify it, compare its fingerprint with its holder in person or by phone (they read theirs with `fieldkit identity show`), then run `fieldkit trust add CARD.fkid --verified`.</source>
        <extracomment>How to verify a card, said after a warning about an unverified one (a whole sentence, so that it translates as one).</extracomment>
        <translation>Pour la vérifier, comparez son empreinte avec son détenteur en personne ou par téléphone (il lit la sienne avec `fieldkit identity show`), puis lancez `fieldkit trust add CARD.fkid --verified`.</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>{list} and {item}</source>
        <translation>{list} et {item}</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint}…)</source>
        <translation>{name} (empreinte {fingerprint}…)</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint}…, unverified)</source>
        <translation>{name} (empreinte {fingerprint}…, non vérifiée)</translation>
    </message>
    <message>
        <source>`fieldkit conflicts list` shows the records that need a decision.</source>
        <translation>`fieldkit conflicts list` montre les fiches qui attendent une décision.</translation>
    </message>
    <message>
        <source>no common ancestor</source>
        <translation>pas d’ancêtre commun</translation>
    </message>
    <message>
        <source>deleted on one side, edited on another</source>
        <translation>supprimée d’un côté, modifiée de l’autre</translation>
    </message>
    <message>
        <source>This record is not in conflict.</source>
        <translation>Cette fiche n’est pas en conflit.</translation>
    </message>
    <message>
        <source>Choose one: --accept-auto, --keep REV or --json FILE.</source>
        <translation>Choisissez-en un&#xa0;: --accept-auto, --keep REV ou --json FILE.</translation>
    </message>
    <message>
        <source>This conflict cannot be merged automatically ({reason}).</source>
        <translation>Ce conflit ne peut pas être fusionné automatiquement ({reason}).</translation>
    </message>
    <message>
        <source>Choose a version with --keep REV, or give the fields with --json FILE.</source>
        <translation>Choisissez une version avec --keep REV, ou donnez les champs avec --json FILE.</translation>
    </message>
    <message>
        <source>--keep must name one of the conflicting revisions (8+ characters).</source>
        <translation>--keep doit nommer l’une des révisions en conflit (8&#xa0;caractères ou plus).</translation>
    </message>
    <message>
        <source>is not signed by the giver it names</source>
        <translation>n’est pas signée par le remettant qu’elle nomme</translation>
    </message>
    <message>
        <source>does not name another receiver</source>
        <translation>ne nomme pas un autre destinataire</translation>
    </message>
    <message>
        <source>accepts itself</source>
        <translation>s’accepte elle-même</translation>
    </message>
    <message>
        <source>This movement was deleted.</source>
        <translation>Ce mouvement a été supprimé.</translation>
    </message>
    <message>
        <source>This movement has not departed yet; nothing can arrive.</source>
        <translation>Ce mouvement n’est pas encore parti&#xa0;; rien ne peut arriver.</translation>
    </message>
    <message>
        <source>Not received: {container} is missing; check it in where it was found first.</source>
        <translation>Réception impossible&#xa0;: {container} est porté disparu&#xa0;; faites d’abord sa réception là où il a été retrouvé.</translation>
    </message>
    <message>
        <source>This movement packs into that container: check this movement in once the container is recorded where it is.</source>
        <translation>Ce mouvement emballe dans ce contenant&#xa0;: faites sa réception une fois le contenant enregistré là où il se trouve.</translation>
    </message>
    <message>
        <source>Not received: {container} is in transit; check it in at its destination first.</source>
        <translation>Réception impossible&#xa0;: {container} est en transit&#xa0;; faites d’abord sa réception à destination.</translation>
    </message>
    <message>
        <source>Check the ids and codes (`fieldkit where ITEM`, `fieldkit move show ID`).</source>
        <translation>Vérifiez les identifiants et les codes (`fieldkit where ITEM`, `fieldkit move show ID`).</translation>
    </message>
    <message>
        <source>A movement goes to a location or into a container.</source>
        <translation>Un mouvement va vers un lieu ou dans un contenant.</translation>
    </message>
    <message>
        <source>Give a location or container code (`fieldkit location list`).</source>
        <translation>Donnez le code d’un lieu ou d’un contenant (`fieldkit location list`).</translation>
    </message>
    <message>
        <source>These items are at different locations.</source>
        <translation>Ces éléments se trouvent dans des lieux différents.</translation>
    </message>
    <message>
        <source>Pack the items of each location apart, or say where they are packed (--from LOCATION).</source>
        <translation>Emballez séparément les éléments de chaque lieu, ou indiquez où ils sont emballés (--from LOCATION).</translation>
    </message>
    <message>
        <source>Not packed: {container} is in transit.</source>
        <translation>Non emballé&#xa0;: {container} est en transit.</translation>
    </message>
    <message>
        <source>A container on its way is on a truck, not here: check it in at its destination first, then pack into it.</source>
        <translation>Un contenant en route est dans le camion, pas ici&#xa0;: faites d’abord sa réception à destination, puis emballez dedans.</translation>
    </message>
    <message numerus="yes">
        <source>Not packed: %n item(s) still in transit ({items}).</source>
        <translation>
            <numerusform>Non emballé&#xa0;: %n élément encore en transit ({items}).</numerusform>
            <numerusform>Non emballés&#xa0;: %n éléments encore en transit ({items}).</numerusform>
        </translation>
    </message>
    <message>
        <source>An item on its way is on a truck, not here: check it in at its destination first, then pack it.</source>
        <translation>Un élément en route est dans le camion, pas ici&#xa0;: faites d’abord sa réception à destination, puis emballez-le.</translation>
    </message>
    <message numerus="yes">
        <source>Not packed: %n item(s) already packed in {containers}.</source>
        <translation>
            <numerusform>Non emballé&#xa0;: %n élément déjà emballé dans {containers}.</numerusform>
            <numerusform>Non emballés&#xa0;: %n éléments déjà emballés dans {containers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>To take them out of that container and pack them here, add --move.</source>
        <translation>Pour les sortir de ce contenant et les emballer ici, ajoutez --move.</translation>
    </message>
    <message>
        <source>Not packed: {container} is missing; check it in where it was found first.</source>
        <translation>Non emballé&#xa0;: {container} est porté disparu&#xa0;; faites d’abord sa réception là où il a été retrouvé.</translation>
    </message>
    <message>
        <source>A container recorded missing is not here by the record: check it in at the movement that missed it, or move it to the location where it was found, then pack into it.</source>
        <translation>Un contenant porté disparu n’est pas ici d’après les enregistrements&#xa0;: faites sa réception dans le mouvement où il manquait, ou déplacez-le vers le lieu où il a été retrouvé, puis emballez dedans.</translation>
    </message>
    <message>
        <source>A container cannot go inside itself or something it holds.</source>
        <translation>Un contenant ne peut pas aller dans lui-même ni dans ce qu’il renferme.</translation>
    </message>
    <message>
        <source>Check the codes: the destination is one of the items or is inside one.</source>
        <translation>Vérifiez les codes&#xa0;: la destination est l’un des éléments ou se trouve dans l’un d’eux.</translation>
    </message>
    <message>
        <source>This movement has already departed.</source>
        <translation>Ce mouvement est déjà parti.</translation>
    </message>
    <message>
        <source>Not cancelled: this movement has not departed.</source>
        <translation>Non annulé&#xa0;: ce mouvement n’est pas parti.</translation>
    </message>
    <message>
        <source>Not cancelled: a packing is not a departure.</source>
        <translation>Non annulé&#xa0;: un emballage n’est pas un départ.</translation>
    </message>
    <message>
        <source>To undo a packing, move the items out of the container to where they are.</source>
        <translation>Pour défaire un emballage, sortez les éléments du contenant vers le lieu où ils se trouvent.</translation>
    </message>
    <message>
        <source>Not cancelled: items of this movement were already received.</source>
        <translation>Non annulé&#xa0;: des éléments de ce mouvement ont déjà été reçus.</translation>
    </message>
    <message>
        <source>A reception is kept: to bring the items back, record a new movement.</source>
        <translation>Une réception est conservée&#xa0;: pour ramener les éléments, enregistrez un nouveau mouvement.</translation>
    </message>
    <message>
        <source>Not cancelled: a later movement ({movement}) moves its items.</source>
        <translation>Non annulé&#xa0;: un mouvement ultérieur ({movement}) déplace ses éléments.</translation>
    </message>
    <message>
        <source>Cancel the later movement first, if it was a mistake too.</source>
        <translation>Annulez d’abord le mouvement ultérieur, s’il était lui aussi une erreur.</translation>
    </message>
    <message numerus="yes">
        <source>Not received: %n item(s) recorded missing would be marked arrived ({items}).</source>
        <translation>
            <numerusform>Non reçu&#xa0;: %n élément enregistré disparu serait marqué arrivé ({items}).</numerusform>
            <numerusform>Non reçu&#xa0;: %n éléments enregistrés disparus seraient marqués arrivés ({items}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the items found since (fieldkit move receive MOVEMENT ITEM...), or add --found to mark every missing item arrived.</source>
        <translation>Nommez les éléments retrouvés depuis (fieldkit move receive MOVEMENT ITEM...), ou ajoutez --found pour marquer arrivés tous les éléments disparus.</translation>
    </message>
    <message>
        <source>No trusted identity has this fingerprint.</source>
        <translation>Aucune identité de confiance n’a cette empreinte.</translation>
    </message>
    <message>
        <source>Give the receiver&apos;s card (--to FILE.fkid), or trust it first (`fieldkit trust add`).</source>
        <translation>Donnez la carte du destinataire (--to FILE.fkid), ou faites-lui d’abord confiance (`fieldkit trust add`).</translation>
    </message>
    <message>
        <source>Only the receiver accepts a handover.</source>
        <translation>Seul le destinataire accepte une remise.</translation>
    </message>
    <message>
        <source>A handover goes to someone else.</source>
        <translation>Une remise va à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>A handover is written by its giver.</source>
        <translation>Une remise est rédigée par celui qui remet.</translation>
    </message>
    <message>
        <source>This handover is already accepted.</source>
        <translation>Cette remise est déjà acceptée.</translation>
    </message>
    <message>
        <source>This handover is addressed to someone else; only they can accept it.</source>
        <translation>Cette remise est adressée à quelqu’un d’autre&#xa0;; lui seul peut l’accepter.</translation>
    </message>
    <message>
        <source>The receiver imports it into their own vault and accepts it there.</source>
        <translation>Le destinataire l’importe dans son propre coffre et l’y accepte.</translation>
    </message>
    <message>
        <source>An acceptance gives accepted_at and acceptance_notes only.</source>
        <translation>Une acceptation ne donne que accepted_at et acceptance_notes.</translation>
    </message>
    <message>
        <source>No damage report or object has this id or inventory number ({typed}).</source>
        <translation>Aucun constat de dommages ni objet n’a cet identifiant ou ce numéro d’inventaire ({typed}).</translation>
    </message>
    <message>
        <source>Check the id (`fieldkit damage list` shows them).</source>
        <translation>Vérifiez l’identifiant (`fieldkit damage list` les montre).</translation>
    </message>
    <message>
        <source>The object {typed} has no damage report.</source>
        <translation>L’objet {typed} n’a pas de constat de dommages.</translation>
    </message>
    <message>
        <source>Add one with `fieldkit damage add --object ID`.</source>
        <translation>Ajoutez-en un avec `fieldkit damage add --object ID`.</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>date non notée</translation>
    </message>
    <message>
        <source>{typed} is an object: its most recent damage report ({when}) was printed.</source>
        <translation>{typed} est un objet&#xa0;: son constat de dommages le plus récent ({when}) a été imprimé.</translation>
    </message>
    <message>
        <source>The damage report {typed} was deleted.</source>
        <translation>Le constat de dommages {typed} a été supprimé.</translation>
    </message>
    <message>
        <source>Reinstall FieldKit: its report fonts are missing from this installation.</source>
        <translation>Réinstallez FieldKit&#xa0;: les polices de ses rapports manquent dans cette installation.</translation>
    </message>
    <message>
        <source>The report font {file_name} cannot be found.</source>
        <translation>La police de rapport {file_name} est introuvable.</translation>
    </message>
    <message>
        <source>The original of photo {photo} could not be read; its thumbnail was printed instead.</source>
        <translation>L’original de la photo {photo} n’a pas pu être lu&#xa0;; sa vignette a été imprimée à la place.</translation>
    </message>
    <message>
        <source>The object {typed} was deleted.</source>
        <translation>L’objet {typed} a été supprimé.</translation>
    </message>
    <message>
        <source>No object was given.</source>
        <translation>Aucun objet n’a été donné.</translation>
    </message>
    <message>
        <source>Give at least one id or inventory number.</source>
        <translation>Donnez au moins un identifiant ou un numéro d’inventaire.</translation>
    </message>
    <message>
        <source>the sync target &apos;{target}&apos;</source>
        <translation>la cible de synchronisation «&#xa0;{target}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete &apos;.fieldkit-sync.lock&apos; from the sync folder (FieldKit makes a new one), then sync again.</source>
        <translation>Supprimez «&#xa0;.fieldkit-sync.lock&#xa0;» du dossier de synchro (FieldKit en crée un nouveau), puis synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>un type de fichier inconnu</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; cannot be used: its {file} is {found}, not a plain file.</source>
        <translation>La cible de synchronisation «&#xa0;{target}&#xa0;» ne peut pas servir&#xa0;: son {file} est {found}, pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Sync cancelled while waiting for the target.</source>
        <translation>Synchronisation annulée pendant l’attente de la cible.</translation>
    </message>
    <message>
        <source>Another sync is using the target &apos;{target}&apos; right now.</source>
        <translation>Une autre synchronisation utilise la cible «&#xa0;{target}&#xa0;» en ce moment.</translation>
    </message>
    <message>
        <source>{file} grew while it was being copied; no copy was kept.</source>
        <translation>{file} a grandi pendant sa copie&#xa0;; aucune copie n’a été gardée.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused file(s) kept, {size} of copies (the quarantine keeps at most {most} files, {limit}).</source>
        <translation>
            <numerusform>%n fichier refusé conservé, {size} de copies (la quarantaine garde au plus {most} fichiers, {limit}).</numerusform>
            <numerusform>%n fichiers refusés conservés, {size} de copies (la quarantaine garde au plus {most} fichiers, {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older file(s) dropped to stay within that.</source>
        <translation>
            <numerusform>%n fichier plus ancien supprimé pour rester dans ces limites.</numerusform>
            <numerusform>%n fichiers plus anciens supprimés pour rester dans ces limites.</numerusform>
        </translation>
    </message>
    <message>
        <source>{kept} {dropped}</source>
        <translation>{kept} {dropped}</translation>
    </message>
    <message>
        <source>Sent by “{name}” (fingerprint {fingerprint}), whose card this vault does not trust yet. Compare these digits with the sender in person or by phone; if they match, trust the card, then sync again: the bundle is imported then.</source>
        <translation>Envoyé par «&#xa0;{name}&#xa0;» (empreinte {fingerprint})&#xa0;: ce coffre ne fait pas encore confiance à sa carte. Comparez ces chiffres avec l’expéditeur, en personne ou par téléphone&#xa0;; s’ils concordent, faites confiance à la carte, puis synchronisez de nouveau&#xa0;: le paquet sera alors importé.</translation>
    </message>
    <message>
        <source>Sent by an unknown key (fingerprint {fingerprint}). Ask the sender for their card and compare these digits with them; if they match, trust the card, then sync again: the bundle is imported then.</source>
        <translation>Envoyé par une clé inconnue (empreinte {fingerprint}). Demandez sa carte à l’expéditeur et comparez ces chiffres avec lui&#xa0;; s’ils concordent, faites confiance à la carte, puis synchronisez de nouveau&#xa0;: le paquet sera alors importé.</translation>
    </message>
    <message>
        <source>The receipt is larger than any receipt can be.</source>
        <translation>L’accusé de réception est plus grand que ne peut l’être un accusé de réception.</translation>
    </message>
    <message>
        <source>The receipt is not valid JSON.</source>
        <translation>L’accusé de réception n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>This is not a FieldKit receipt.</source>
        <translation>Ceci n’est pas un accusé de réception FieldKit.</translation>
    </message>
    <message>
        <source>The receipt has an unknown version {version}.</source>
        <translation>L’accusé de réception a une version inconnue {version}.</translation>
    </message>
    <message>
        <source>The receipt has missing or unexpected members.</source>
        <translation>L’accusé de réception a des membres manquants ou inattendus.</translation>
    </message>
    <message>
        <source>The receipt has members of the wrong kind.</source>
        <translation>L’accusé de réception a des membres du mauvais type.</translation>
    </message>
    <message>
        <source>The receipt is encrypted to this vault but names another one.</source>
        <translation>L’accusé de réception est chiffré pour ce coffre mais en nomme un autre.</translation>
    </message>
    <message>
        <source>The receipt comes from {fingerprint}, a key this vault does not trust.</source>
        <translation>L’accusé de réception vient de {fingerprint}, une clé à laquelle ce coffre ne fait pas confiance.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not valid: {problem}</source>
        <translation>La signature de l’accusé de réception n’est pas valide&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The receipt&apos;s signed comment does not match its content.</source>
        <translation>Le commentaire signé de l’accusé de réception ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>Trust the writer&apos;s identity card to accept their receipts.</source>
        <translation>Faites confiance à la carte d’identité de l’auteur pour accepter ses accusés de réception.</translation>
    </message>
    <message>
        <source>Install it with: pip install &apos;fieldkit[s3]&apos;</source>
        <translation>Installez-la avec&#xa0;: pip install &apos;fieldkit[s3]&apos;</translation>
    </message>
    <message>
        <source>Nothing was lost: what was confirmed stays, the rest resumes at the next sync.</source>
        <translation>Rien n’est perdu&#xa0;: ce qui a été confirmé reste, le reste reprend à la prochaine synchro.</translation>
    </message>
    <message>
        <source>Check the access key, secret and bucket with the storage&apos;s administrator, then add the target again with `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</source>
        <translation>Vérifiez la clé d’accès, le secret et le compartiment avec l’administrateur du stockage, puis ajoutez de nouveau la cible avec `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</translation>
    </message>
    <message>
        <source>The transfer is started again at the next sync; nothing bad was imported.</source>
        <translation>Le transfert reprend à la prochaine synchro&#xa0;; rien de mauvais n’a été importé.</translation>
    </message>
    <message>
        <source>S3 storage needs the botocore library, which is not installed.</source>
        <translation>Le stockage S3 a besoin de la bibliothèque botocore, qui n’est pas installée.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an S3 location like s3://BUCKET/PREFIX.</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas un emplacement S3 comme s3://BUCKET/PREFIX.</translation>
    </message>
    <message>
        <source>&apos;{bucket}&apos; is not a valid bucket name.</source>
        <translation>«&#xa0;{bucket}&#xa0;» n’est pas un nom de compartiment valide.</translation>
    </message>
    <message>
        <source>The prefix of &apos;{url}&apos; has a part that cannot be used.</source>
        <translation>Le préfixe de «&#xa0;{url}&#xa0;» a une partie inutilisable.</translation>
    </message>
    <message>
        <source>The bucket &apos;{bucket}&apos; does not exist.</source>
        <translation>Le compartiment «&#xa0;{bucket}&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} refused the credentials or the request ({code}).</source>
        <translation>Le stockage à {endpoint} a refusé les identifiants ou la requête ({code}).</translation>
    </message>
    <message>
        <source>The storage at {endpoint} is not reachable.</source>
        <translation>Le stockage à {endpoint} est injoignable.</translation>
    </message>
    <message>
        <source>The storage would not give this file ({code}).</source>
        <translation>Le stockage n’a pas voulu donner ce fichier ({code}).</translation>
    </message>
    <message>
        <source>The storage at {endpoint} answered with an error ({error}).</source>
        <translation>Le stockage à {endpoint} a répondu par une erreur ({error}).</translation>
    </message>
    <message>
        <source>{key} is larger than any such file can be.</source>
        <translation>{key} est plus grand que ne peut l’être un tel fichier.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} did not store {key} intact.</source>
        <translation>Le stockage à {endpoint} n’a pas conservé {key} intact.</translation>
    </message>
    <message>
        <source>{name} changed while it was being uploaded.</source>
        <translation>{name} a changé pendant son envoi.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} did not assemble {key} intact.</source>
        <translation>Le stockage à {endpoint} n’a pas assemblé {key} intact.</translation>
    </message>
    <message>
        <source>{key} on the storage does not carry the expected checksum.</source>
        <translation>{key} sur le stockage ne porte pas la somme de contrôle attendue.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} did not receive part {number} of {key} intact.</source>
        <translation>Le stockage à {endpoint} n’a pas reçu intacte la partie {number} de {key}.</translation>
    </message>
    <message>
        <source>{key} changed while it was downloaded.</source>
        <translation>{key} a changé pendant son téléchargement.</translation>
    </message>
    <message>
        <source>The credentials file {path} does not exist.</source>
        <translation>Le fichier d’identifiants {path} n’existe pas.</translation>
    </message>
    <message>
        <source>The credentials file {path} cannot be read as an AWS credentials file.</source>
        <translation>Le fichier d’identifiants {path} ne peut pas être lu comme un fichier d’identifiants AWS.</translation>
    </message>
    <message>
        <source>The credentials file {path} has no [{profile}] section.</source>
        <translation>Le fichier d’identifiants {path} n’a pas de section [{profile}].</translation>
    </message>
    <message>
        <source>The credentials file {path} lacks aws_access_key_id or aws_secret_access_key.</source>
        <translation>Il manque aws_access_key_id ou aws_secret_access_key dans le fichier d’identifiants {path}.</translation>
    </message>
    <message>
        <source>Free some space on the laptop&apos;s disk, then sync again.</source>
        <translation>Libérez de la place sur le disque de l’ordinateur, puis synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>&apos;{endpoint}&apos; is not an endpoint URL like https://s3.example.org.</source>
        <translation>«&#xa0;{endpoint}&#xa0;» n’est pas une URL de point d’accès comme https://s3.example.org.</translation>
    </message>
    <message>
        <source>The endpoint URL must not carry a user name or password; give the credentials with --credentials-file or AWS_ACCESS_KEY_ID.</source>
        <translation>L’URL du point d’accès ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;; donnez les identifiants avec --credentials-file ou AWS_ACCESS_KEY_ID.</translation>
    </message>
    <message>
        <source>The S3 settings of the sync target &apos;{name}&apos; are missing.</source>
        <translation>Les réglages S3 de la cible de synchronisation «&#xa0;{name}&#xa0;» manquent.</translation>
    </message>
    <message>
        <source>Add the target again with `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</source>
        <translation>Ajoutez de nouveau la cible avec `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; is a folder, not S3 storage.</source>
        <translation>La cible de synchronisation «&#xa0;{name}&#xa0;» est un dossier, pas un stockage S3.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>phrase secrète de la clé</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>clé de secours</translation>
    </message>
    <message>
        <source>An S3 target needs an access key and a secret.</source>
        <translation>Une cible S3 a besoin d’une clé d’accès et d’un secret.</translation>
    </message>
    <message>
        <source>No S3 credentials were given and there is no terminal to ask for them.</source>
        <translation>Aucun identifiant S3 n’a été donné, et il n’y a pas de terminal pour les demander.</translation>
    </message>
    <message>
        <source>Use --credentials-file FILE (AWS credentials format) or set {access} and {secret}.</source>
        <translation>Utilisez --credentials-file FICHIER (format des identifiants AWS) ou définissez {access} et {secret}.</translation>
    </message>
    <message>
        <source>The {what} file {path} does not exist.</source>
        <translation>Le fichier de {what} {path} n’existe pas.</translation>
    </message>
    <message>
        <source>The {what} file {path} cannot be read as text.</source>
        <translation>Le fichier de {what} {path} ne peut pas être lu comme du texte.</translation>
    </message>
    <message>
        <source>The {what} file {path} is empty.</source>
        <translation>Le fichier de {what} {path} est vide.</translation>
    </message>
    <message>
        <source>No passphrase was given and there is no terminal to ask for one.</source>
        <translation>Aucune phrase secrète n’a été donnée, et il n’y a pas de terminal pour la demander.</translation>
    </message>
    <message>
        <source>Use --passphrase-file FILE or set {variable}.</source>
        <translation>Utilisez --passphrase-file FICHIER ou définissez {variable}.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>No new passphrase was given and there is no terminal to ask for one.</source>
        <translation>Aucune nouvelle phrase secrète n’a été donnée, et il n’y a pas de terminal pour la demander.</translation>
    </message>
    <message>
        <source>Use a passphrase file option or set {variable}.</source>
        <translation>Utilisez une option de fichier de phrase secrète ou définissez {variable}.</translation>
    </message>
    <message>
        <source>A bandwidth limit is at least 1 kB/s.</source>
        <translation>Une limite de débit vaut au moins 1&#xa0;ko/s.</translation>
    </message>
    <message>
        <source>This vault&apos;s own card is not a recipient: it always reads its bundles.</source>
        <translation>La carte de ce coffre n’est pas un destinataire&#xa0;: il lit toujours ses propres paquets.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({endpoint}) is not reachable, nothing lost: bundles wait in the outbox.</source>
        <translation>La cible de synchronisation «&#xa0;{name}&#xa0;» ({endpoint}) est injoignable, rien de perdu&#xa0;: les paquets attendent dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; cannot be used: {problem}</source>
        <translation>La cible de synchronisation «&#xa0;{name}&#xa0;» est inutilisable&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The link to the sync target &apos;{name}&apos; dropped: not reachable, nothing lost.</source>
        <translation>La liaison avec la cible de synchronisation «&#xa0;{name}&#xa0;» est tombée&#xa0;: injoignable, rien de perdu.</translation>
    </message>
    <message>
        <source>A bundle of {size} on &apos;{name}&apos; was not downloaded: it needs {needed} free on this laptop&apos;s disk and {free} is; it waits on the target for the next sync.</source>
        <translation>Un paquet de {size} sur «&#xa0;{name}&#xa0;» n’a pas été téléchargé&#xa0;: il faut {needed} libres sur le disque de cet ordinateur et il y en a {free}&#xa0;; il attend sur la cible la prochaine synchro.</translation>
    </message>
    <message>
        <source>This receipt is larger than any receipt can be.</source>
        <translation>Cet accusé de réception est plus grand que ne peut l’être un accusé de réception.</translation>
    </message>
    <message>
        <source>Nothing was lost: the next sync resumes where this one stopped.</source>
        <translation>Rien n’est perdu&#xa0;: la prochaine synchro reprend là où celle-ci s’est arrêtée.</translation>
    </message>
    <message>
        <source>Plug in the drive or mount the folder, then sync again; bundles wait in the outbox.</source>
        <translation>Branchez le support ou montez le dossier, puis synchronisez de nouveau&#xa0;; les paquets attendent dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Wait for the other sync to finish, then try again.</source>
        <translation>Attendez la fin de l’autre synchronisation, puis réessayez.</translation>
    </message>
    <message>
        <source>See the targets with `fieldkit sync target list`.</source>
        <translation>Voyez les cibles avec `fieldkit sync target list`.</translation>
    </message>
    <message>
        <source>A sync target needs a name.</source>
        <translation>Une cible de synchronisation a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A sync target&apos;s name is at most {limit} characters.</source>
        <translation>Le nom d’une cible de synchronisation compte au plus {limit}&#xa0;caractères.</translation>
    </message>
    <message>
        <source>A sync target&apos;s name cannot contain control characters.</source>
        <translation>Le nom d’une cible de synchronisation ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a word of the sync command; choose another name.</source>
        <translation>«&#xa0;{name}&#xa0;» est un mot de la commande sync&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no sync target named &apos;{name}&apos;.</source>
        <translation>Il n’y a pas de cible de synchronisation nommée «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>The folder {path} does not exist: plug in the drive or create the folder first.</source>
        <translation>Le dossier {path} n’existe pas&#xa0;: branchez le support ou créez d’abord le dossier.</translation>
    </message>
    <message>
        <source>A sync target cannot be inside the vault folder.</source>
        <translation>Une cible de synchronisation ne peut pas être dans le dossier du coffre.</translation>
    </message>
    <message>
        <source>Nothing is sent to “{target}”: no recipient is chosen for this folder, and no coordinator&apos;s card is verified here. Choose who receives your bundles (the folder&apos;s recipients), or compare a coordinator&apos;s fingerprint with its holder and mark their card verified.</source>
        <translation>Rien n’est envoyé à «&#xa0;{target}&#xa0;»&#xa0;: aucun destinataire n’est choisi pour ce dossier, et aucune carte de coordinateur n’est vérifiée ici. Choisissez qui reçoit vos paquets (les destinataires du dossier), ou comparez l’empreinte d’un coordinateur avec son détenteur et marquez sa carte vérifiée.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) is not reachable: the drive is not plugged in or the folder is not mounted.</source>
        <translation>La cible de synchronisation «&#xa0;{name}&#xa0;» ({path}) est injoignable&#xa0;: le support n’est pas branché ou le dossier n’est pas monté.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) is not reachable: the folder exists but is not a FieldKit sync folder (is the drive mounted?).</source>
        <translation>La cible de synchronisation «&#xa0;{name}&#xa0;» ({path}) est injoignable&#xa0;: le dossier existe mais n’est pas un dossier de synchro FieldKit (le support est-il monté&#xa0;?).</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) cannot be read.</source>
        <translation>La cible de synchronisation «&#xa0;{name}&#xa0;» ({path}) ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) is not reachable.</source>
        <translation>La cible de synchronisation «&#xa0;{name}&#xa0;» ({path}) est injoignable.</translation>
    </message>
    <message>
        <source>Mount the drive; if this really is the folder, mark it again with `fieldkit sync target add {name} PATH`.</source>
        <translation>Montez le disque&#xa0;; si c’est bien ce dossier, marquez-le de nouveau avec `fieldkit sync target add {name} PATH`.</translation>
    </message>
    <message>
        <source>{option} or {variable}</source>
        <extracomment>What the archive lacks: an option or its environment variable, in a list.</extracomment>
        <translation>{option} ou {variable}</translation>
    </message>
    <message>
        <source>Check --db (or FIELDKIT_ARCHIVE_DB) and that the server is running.</source>
        <translation>Vérifiez --db (ou FIELDKIT_ARCHIVE_DB) et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>The archive needs {missing}.</source>
        <translation>L’archive a besoin de {missing}.</translation>
    </message>
    <message>
        <source>Give the PostgreSQL connection string, the bucket and the S3 endpoint.</source>
        <translation>Indiquez la chaîne de connexion PostgreSQL, le compartiment et le point d’accès S3.</translation>
    </message>
    <message>
        <source>{variable} is not a number of days.</source>
        <translation>{variable} n’est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>The retention must be zero or more days.</source>
        <translation>La durée de conservation doit être de zéro jour ou plus.</translation>
    </message>
    <message>
        <source>The object-lock mode is GOVERNANCE or COMPLIANCE.</source>
        <translation>Le mode de verrouillage des objets est GOVERNANCE ou COMPLIANCE.</translation>
    </message>
    <message>
        <source>{name} changed while it was being stored.</source>
        <translation>{name} a été modifié pendant son enregistrement.</translation>
    </message>
    <message>
        <source>Check the bucket&apos;s settings and the credentials, then run the command again.</source>
        <translation>Vérifiez les réglages du compartiment et les identifiants, puis relancez la commande.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} does not accept the archive&apos;s access key and secret ({code}).</source>
        <translation>Le stockage à {endpoint} n’accepte pas la clé d’accès et le secret de l’archive ({code}).</translation>
    </message>
    <message>
        <source>Check the key and secret the archive is given (--credentials-file, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), then run the `fieldkit archive` command again.</source>
        <translation>Vérifiez la clé et le secret donnés à l’archive (--credentials-file, ou AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY), puis relancez la commande `fieldkit archive`.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} refused the archive access to the bucket &apos;{bucket}&apos; ({code}).</source>
        <translation>Le stockage à {endpoint} a refusé à l’archive l’accès au compartiment «&#xa0;{bucket}&#xa0;» ({code}).</translation>
    </message>
    <message>
        <source>Check the archive&apos;s key and secret, and ask the storage&apos;s administrator to let that key read and write this bucket, then run the `fieldkit archive` command again.</source>
        <translation>Vérifiez la clé et le secret de l’archive, et demandez à l’administrateur du stockage d’autoriser cette clé à lire et écrire dans ce compartiment, puis relancez la commande `fieldkit archive`.</translation>
    </message>
    <message>
        <source>The archive&apos;s bucket &apos;{bucket}&apos; does not exist at {endpoint}.</source>
        <translation>Le compartiment «&#xa0;{bucket}&#xa0;» de l’archive n’existe pas à {endpoint}.</translation>
    </message>
    <message>
        <source>Check the bucket named by --s3 (or FIELDKIT_ARCHIVE_S3), or create it with `fieldkit archive init`.</source>
        <translation>Vérifiez le compartiment indiqué par --s3 (ou FIELDKIT_ARCHIVE_S3), ou créez-le avec `fieldkit archive init`.</translation>
    </message>
    <message>
        <source>Check that the storage is running and that --endpoint (or FIELDKIT_ARCHIVE_ENDPOINT) names it, then run the `fieldkit archive` command again: nothing already stored is lost.</source>
        <translation>Vérifiez que le stockage fonctionne et que --endpoint (ou FIELDKIT_ARCHIVE_ENDPOINT) l’indique, puis relancez la commande `fieldkit archive`&#xa0;: rien de ce qui est déjà stocké n’est perdu.</translation>
    </message>
    <message>
        <source>The archive&apos;s S3 credentials are missing.</source>
        <translation>Les identifiants S3 de l’archive manquent.</translation>
    </message>
    <message>
        <source>Give --credentials-file F, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Indiquez --credentials-file F, ou définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The bucket could not be created ({error}).</source>
        <translation>Le compartiment n’a pas pu être créé ({error}).</translation>
    </message>
    <message>
        <source>Versioning could not be turned on ({error}).</source>
        <translation>La gestion des versions n’a pas pu être activée ({error}).</translation>
    </message>
    <message>
        <source>Object lock could not be turned on ({error}): bundles are kept, but the storage does not prevent their deletion.</source>
        <translation>Le verrouillage des objets n’a pas pu être activé ({error})&#xa0;: les paquets sont conservés, mais le stockage n’empêche pas leur suppression.</translation>
    </message>
    <message>
        <source>The storage did not receive part {number} intact.</source>
        <translation>Le stockage n’a pas reçu la partie {number} intacte.</translation>
    </message>
    <message>
        <source>The storage did not assemble {key} intact.</source>
        <translation>Le stockage n’a pas assemblé {key} intact.</translation>
    </message>
    <message>
        <source>The storage did not store {key} intact.</source>
        <translation>Le stockage n’a pas enregistré {key} intact.</translation>
    </message>
    <message>
        <source>Bundle {id} in the bucket does not match its hash.</source>
        <translation>Le paquet {id} du compartiment ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <source>Bundle {id} is missing from the bucket.</source>
        <translation>Le paquet {id} est absent du compartiment.</translation>
    </message>
    <message>
        <source>Bundle {id}: its retention could not be read ({reason}).</source>
        <translation>Paquet {id}&#xa0;: sa conservation n’a pas pu être lue ({reason}).</translation>
    </message>
    <message>
        <source>A photo does not match its hash.</source>
        <translation>Une photo ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <source>Photo {id} in the bucket does not match its hash.</source>
        <translation>La photo {id} du compartiment ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <source>Photo {id} is missing from the bucket.</source>
        <translation>La photo {id} est absente du compartiment.</translation>
    </message>
    <message>
        <source>Bundle {bundle}: {problem}</source>
        <translation>Paquet {bundle}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Photo {photo}: {problem}</source>
        <translation>Photo {photo}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Run `fieldkit archive {command}` again: nothing already stored is lost.</source>
        <translation>Relancez `fieldkit archive {command}`&#xa0;: rien de ce qui est déjà stocké n’est perdu.</translation>
    </message>
    <message>
        <source>There is no FieldKit vault in {folder}; create the archive&apos;s vault first: fieldkit --vault {folder} init --name NAME --role coordinator</source>
        <translation>Il n’y a pas de coffre FieldKit dans {folder}&#xa0;; créez d’abord le coffre de l’archive&#xa0;: fieldkit --vault {folder} init --name NAME --role coordinator</translation>
    </message>
    <message>
        <source>The archive commands need the archive extra.</source>
        <translation>Les commandes de l’archive ont besoin du module complémentaire archive.</translation>
    </message>
    <message>
        <source>Install it with: pip install &quot;fieldkit[archive]&quot;</source>
        <translation>Installez-le avec&#xa0;: pip install &quot;fieldkit[archive]&quot;</translation>
    </message>
    <message>
        <source>Name bundle files or --from-s3 s3://BUCKET/PREFIX.</source>
        <translation>Indiquez des fichiers de paquets ou --from-s3 s3://BUCKET/PREFIX.</translation>
    </message>
    <message>
        <source>--concurrency is at least 1.</source>
        <translation>--concurrency vaut au moins 1.</translation>
    </message>
    <message>
        <source>--limit is at least 1.</source>
        <translation>--limit vaut au moins 1.</translation>
    </message>
    <message>
        <source>the folder {path}</source>
        <translation>le dossier {path}</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder; choose another name.</source>
        <translation>{path} existe et n’est pas un dossier&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty; choose a new or empty folder.</source>
        <translation>Le dossier {path} n’est pas vide&#xa0;; choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Photo {photo} has not arrived in this vault; left out.</source>
        <translation>La photo {photo} n’est pas encore arrivée dans ce coffre&#xa0;; elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>{problem} It was left out.</source>
        <translation>{problem} Elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>The file is too large to be an identity card (over {limit} KiB).</source>
        <translation>Le fichier est trop gros pour être une carte d’identité (plus de {limit} Kio).</translation>
    </message>
    <message>
        <source>Ask the card&apos;s holder for a new copy (`fieldkit identity export`); nothing was trusted.</source>
        <translation>Demandez une nouvelle copie au titulaire de la carte (`fieldkit identity export`)&#xa0;; aucune confiance n’a été accordée.</translation>
    </message>
    <message>
        <source>This file is not an identity card: it starts with a byte-order mark.</source>
        <translation>Ce fichier n’est pas une carte d’identité&#xa0;: il commence par une marque d’ordre des octets.</translation>
    </message>
    <message>
        <source>This file is not an identity card: it is not UTF-8 text.</source>
        <translation>Ce fichier n’est pas une carte d’identité&#xa0;: ce n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The identity card has the member {name} twice.</source>
        <translation>La carte d’identité contient deux fois le membre {name}.</translation>
    </message>
    <message>
        <source>The identity card has a member twice.</source>
        <translation>La carte d’identité contient deux fois le même membre.</translation>
    </message>
    <message>
        <source>This file is not an identity card: it is not valid JSON ({problem}).</source>
        <translation>Ce fichier n’est pas une carte d’identité&#xa0;: ce n’est pas du JSON valide ({problem}).</translation>
    </message>
    <message>
        <source>This file is not an identity card: it is not a JSON object.</source>
        <translation>Ce fichier n’est pas une carte d’identité&#xa0;: ce n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The identity card&apos;s {member} is longer than {limit} characters.</source>
        <translation>Le champ {member} de la carte d’identité dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The identity card&apos;s {member} contains control characters.</source>
        <translation>Le champ {member} de la carte d’identité contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The identity card&apos;s role must be one of {roles}, not {role}.</source>
        <translation>Le rôle de la carte d’identité doit être l’un de {roles}, pas {role}.</translation>
    </message>
    <message>
        <source>The identity card&apos;s creation date is not an ISO 8601 UTC time.</source>
        <translation>La date de création de la carte d’identité n’est pas une heure UTC ISO 8601.</translation>
    </message>
    <message>
        <source>This file is not a FieldKit identity card (wrong or missing format).</source>
        <translation>Ce fichier n’est pas une carte d’identité FieldKit (format erroné ou absent).</translation>
    </message>
    <message>
        <source>The identity card&apos;s version is missing or not a number.</source>
        <translation>La version de la carte d’identité est absente ou n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The identity card is in version {version} of the format, which this FieldKit cannot read.</source>
        <translation>La carte d’identité est dans la version {version} du format, que ce FieldKit ne sait pas lire.</translation>
    </message>
    <message>
        <source>Update FieldKit, or ask the holder for a card made by the same FieldKit version.</source>
        <translation>Mettez FieldKit à jour, ou demandez au titulaire une carte faite par la même version de FieldKit.</translation>
    </message>
    <message>
        <source>The identity card has no {member}.</source>
        <translation>La carte d’identité n’a pas de champ {member}.</translation>
    </message>
    <message>
        <source>The identity card has an unknown member {member}.</source>
        <translation>La carte d’identité contient un membre inconnu {member}.</translation>
    </message>
    <message>
        <source>The identity card&apos;s {member} is not text.</source>
        <translation>Le champ {member} de la carte d’identité n’est pas du texte.</translation>
    </message>
    <message>
        <source>The identity card&apos;s minisign public key is not a valid key.</source>
        <translation>La clé publique minisign de la carte d’identité n’est pas une clé valide.</translation>
    </message>
    <message>
        <source>The identity card&apos;s age recipient is not a valid age1… key.</source>
        <translation>Le destinataire age de la carte d’identité n’est pas une clé age1… valide.</translation>
    </message>
    <message>
        <source>The identity card&apos;s fingerprint is not 64 lower-case hex digits.</source>
        <translation>L’empreinte de la carte d’identité n’est pas formée de 64 chiffres hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <source>The identity card&apos;s fingerprint does not match its keys.</source>
        <translation>L’empreinte de la carte d’identité ne correspond pas à ses clés.</translation>
    </message>
    <message>
        <source>The identity card&apos;s signature is too long to be a minisign signature.</source>
        <translation>La signature de la carte d’identité est trop longue pour être une signature minisign.</translation>
    </message>
    <message>
        <source>The identity card&apos;s signature is not a minisign signature.</source>
        <translation>La signature de la carte d’identité n’est pas une signature minisign.</translation>
    </message>
    <message>
        <source>The identity card is signed by another key than its own.</source>
        <translation>La carte d’identité est signée par une autre clé que la sienne.</translation>
    </message>
    <message>
        <source>The identity card&apos;s signature does not match its contents (it was altered).</source>
        <translation>La signature de la carte d’identité ne correspond pas à son contenu (elle a été modifiée).</translation>
    </message>
    <message>
        <source>The identity card {path}</source>
        <translation>La carte d’identité {path}</translation>
    </message>
    <message>
        <source>Give the .fkid file itself.</source>
        <translation>Indiquez le fichier .fkid lui-même.</translation>
    </message>
    <message>
        <source>The identity card {path} cannot be read.</source>
        <translation>La carte d’identité {path} ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The audit log is damaged: event {seq} cannot be read.</source>
        <translation>Le journal d’audit est endommagé&#xa0;: l’événement {seq} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Run `fieldkit audit --verify` to see what was altered.</source>
        <translation>Lancez `fieldkit audit --verify` pour voir ce qui a été modifié.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its {name} is not text.</source>
        <translation>L’événement {seq} a été modifié&#xa0;: son champ {name} n’est pas du texte.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its details are not valid JSON.</source>
        <translation>L’événement {seq} a été modifié&#xa0;: ses détails ne sont pas du JSON valide.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its details are not a JSON object.</source>
        <translation>L’événement {seq} a été modifié&#xa0;: ses détails ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its details are not stored as they were written.</source>
        <translation>L’événement {seq} a été modifié&#xa0;: ses détails ne sont pas enregistrés tels qu’ils ont été écrits.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its contents do not match its hash.</source>
        <translation>L’événement {seq} a été modifié&#xa0;: son contenu ne correspond pas à son empreinte de hachage.</translation>
    </message>
    <message>
        <source>Event {seq} has an invalid sequence number (events start at 1).</source>
        <translation>L’événement {seq} a un numéro d’ordre invalide (les événements commencent à 1).</translation>
    </message>
    <message>
        <source>Event {missing} is missing: the log jumps to event {seq} (events were removed).</source>
        <translation>L’événement {missing} manque&#xa0;: le journal saute à l’événement {seq} (des événements ont été supprimés).</translation>
    </message>
    <message>
        <source>Events {first} to {last} are missing: the log jumps to event {seq} (events were removed).</source>
        <translation>Les événements {first} à {last} manquent&#xa0;: le journal saute à l’événement {seq} (des événements ont été supprimés).</translation>
    </message>
    <message>
        <source>Event {seq} does not link to the start of the log: an event was removed, inserted or moved there.</source>
        <translation>L’événement {seq} n’est pas lié au début du journal&#xa0;: un événement y a été supprimé, inséré ou déplacé.</translation>
    </message>
    <message>
        <source>Event {seq} does not link to event {previous}: an event was removed, inserted or moved there.</source>
        <translation>L’événement {seq} n’est pas lié à l’événement {previous}&#xa0;: un événement y a été supprimé, inséré ou déplacé.</translation>
    </message>
    <message>
        <source>The head recorded earlier is not a valid head of an empty log.</source>
        <translation>La tête enregistrée auparavant n’est pas une tête valide d’un journal vide.</translation>
    </message>
    <message>
        <source>Event {seq}, the head recorded earlier, is gone: the log now ends at event {last} (events were removed from the end).</source>
        <translation>L’événement {seq}, la tête enregistrée auparavant, a disparu&#xa0;: le journal se termine maintenant à l’événement {last} (des événements ont été supprimés à la fin).</translation>
    </message>
    <message>
        <source>Event {seq}, the head recorded earlier, is missing from the log.</source>
        <translation>L’événement {seq}, la tête enregistrée auparavant, manque dans le journal.</translation>
    </message>
    <message>
        <source>Event {seq} differs from the head recorded earlier: the history up to it was rewritten.</source>
        <translation>L’événement {seq} diffère de la tête enregistrée auparavant&#xa0;: l’historique jusqu’à lui a été réécrit.</translation>
    </message>
    <message>
        <source>The vault&apos;s identity keys are missing.</source>
        <translation>Les clés d’identité du coffre sont absentes.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, TIFF or HEIC photo; nothing was added.</source>
        <translation>Choisissez une photo JPEG, PNG, TIFF ou HEIC&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Check that the file still exists, that it is a file and not a folder, and that you may read it.</source>
        <translation>Vérifiez que le fichier existe toujours, que c’est un fichier et non un dossier, et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, TIFF or HEIC photo; this file was not added.</source>
        <translation>Choisissez une photo JPEG, PNG, TIFF ou HEIC&#xa0;; ce fichier n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>Save or export it as JPEG, PNG, TIFF or HEIC, then add it again.</source>
        <translation>Enregistrez-la ou exportez-la en JPEG, PNG, TIFF ou HEIC, puis ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>Export the photo as JPEG on the phone or computer that took it, or install the pillow-heif package, then add it again.</source>
        <translation>Exportez la photo en JPEG sur le téléphone ou l’ordinateur qui l’a prise, ou installez le paquet pillow-heif, puis ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>FieldKit accepts photos of at most 150 megapixels and 30,000 pixels per side: reduce the photo in an image editor first. Files declaring huge sizes are also a known way to attack a computer, so this one was not opened further.</source>
        <translation>FieldKit accepte des photos de 150 mégapixels et 30 000 pixels par côté au plus&#xa0;: réduisez d’abord la photo dans un éditeur d’images. Les fichiers qui déclarent des tailles énormes sont aussi un moyen connu d’attaquer un ordinateur&#xa0;; celui-ci n’a donc pas été ouvert plus avant.</translation>
    </message>
    <message>
        <source>Copy the photo again from the camera or phone (an interrupted copy cuts files short), then add it again.</source>
        <translation>Copiez de nouveau la photo depuis l’appareil photo ou le téléphone (une copie interrompue tronque les fichiers), puis ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>Wait until the file has been copied completely, then add it again.</source>
        <translation>Attendez que le fichier soit entièrement copié, puis ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>{subject} is empty.</source>
        <translation>{subject} est vide.</translation>
    </message>
    <message>
        <source>{subject} is a video or other media file, not a photo.</source>
        <translation>{subject} est une vidéo ou un autre fichier multimédia, pas une photo.</translation>
    </message>
    <message>
        <source>{subject} is not a JPEG, PNG, TIFF or HEIC image.</source>
        <translation>{subject} n’est pas une image JPEG, PNG, TIFF ou HEIC.</translation>
    </message>
    <message>
        <source>{subject} is a {kind} file, which FieldKit does not accept as a photo.</source>
        <translation>{subject} est un fichier {kind}, que FieldKit n’accepte pas comme photo.</translation>
    </message>
    <message>
        <source>{subject} is a HEIC photo, and this computer has no HEIC support installed.</source>
        <translation>{subject} est une photo HEIC, et la prise en charge de HEIC n’est pas installée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{subject} is damaged or incomplete.</source>
        <translation>{subject} est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>{subject} is too large to add safely ({width} × {height} pixels).</source>
        <translation>{subject} est trop grand pour être ajouté sans risque ({width} × {height} pixels).</translation>
    </message>
    <message>
        <source>{subject} is a camera raw file, which FieldKit does not accept as a photo.</source>
        <translation>{subject} est un fichier brut d’appareil photo (raw), que FieldKit n’accepte pas comme photo.</translation>
    </message>
    <message>
        <source>{subject} is too large to add safely.</source>
        <translation>{subject} est trop grand pour être ajouté sans risque.</translation>
    </message>
    <message>
        <source>{subject} is too large to open with the memory available.</source>
        <translation>{subject} est trop grand pour être ouvert avec la mémoire disponible.</translation>
    </message>
    <message>
        <source>{subject} could not be read.</source>
        <translation>{subject} n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>{subject} is not a regular file.</source>
        <translation>{subject} n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{subject} changed while it was being added.</source>
        <translation>{subject} a changé pendant son ajout.</translation>
    </message>
    <message>
        <source>A revision is not valid JSON.</source>
        <translation>Une révision n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>A revision does not have the expected fields.</source>
        <translation>Une révision n’a pas les champs attendus.</translation>
    </message>
    <message>
        <source>A revision has a field of the wrong type.</source>
        <translation>Une révision a un champ du mauvais type.</translation>
    </message>
    <message>
        <source>Correct the JSON and try again; nothing was changed.</source>
        <translation>Corrigez le JSON et réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The JSON input is not valid: {problem}.</source>
        <translation>L’entrée JSON n’est pas valide&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep at line {line}, column {column}</source>
        <translation>plus de {limit} niveaux d’imbrication à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is given twice in one object</source>
        <translation>«&#xa0;{name}&#xa0;» figure deux fois dans un même objet</translation>
    </message>
    <message>
        <source>a member is given twice in one object</source>
        <translation>un membre figure deux fois dans un même objet</translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers</source>
        <translation>NaN et Infinity ne sont pas des nombres JSON</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>un nombre est trop grand</translation>
    </message>
    <message>
        <source>a whole number has more than {limit} digits</source>
        <translation>un nombre entier a plus de {limit} chiffres</translation>
    </message>
    <message>
        <source>not UTF-8 text at line {line}, column {column}</source>
        <translation>texte non UTF-8 à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>syntax error at line {line}, column {column}</source>
        <translation>erreur de syntaxe à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep</source>
        <translation>plus de {limit} niveaux d’imbrication</translation>
    </message>
    <message>
        <source>it cannot be decoded</source>
        <translation>il ne peut pas être décodé</translation>
    </message>
    <message>
        <source>a lone surrogate escape such as \ud800 is not a character</source>
        <translation>un échappement de demi-code isolé comme \ud800 n’est pas un caractère</translation>
    </message>
    <message>
        <source>An scrypt stanza must be the only one in an age file.</source>
        <translation>Un bloc scrypt doit être le seul d’un fichier age.</translation>
    </message>
    <message>
        <source>None of the given keys can open this age file.</source>
        <translation>Aucune des clés fournies ne peut ouvrir ce fichier age.</translation>
    </message>
    <message>
        <source>The age file ends before its payload nonce.</source>
        <translation>Le fichier age se termine avant le nonce de son contenu.</translation>
    </message>
    <message>
        <source>The age header has invalid base64 in {what}.</source>
        <extracomment>Headers longer than this are refused, so a hostile file cannot make us buffer without bound.</extracomment>
        <translation>L’en-tête age contient du base64 non valide dans {what}.</translation>
    </message>
    <message>
        <source>a header field</source>
        <translation>un champ de l’en-tête</translation>
    </message>
    <message>
        <source>The age header has non-canonical base64 in {what}.</source>
        <translation>L’en-tête age contient du base64 non canonique dans {what}.</translation>
    </message>
    <message>
        <source>The age header failed its integrity check.</source>
        <translation>L’en-tête age a échoué à son contrôle d’intégrité.</translation>
    </message>
    <message>
        <source>The age header is too long.</source>
        <translation>L’en-tête age est trop long.</translation>
    </message>
    <message>
        <source>The age file ends inside its header.</source>
        <translation>Le fichier age se termine au milieu de son en-tête.</translation>
    </message>
    <message>
        <source>ASCII-armored age files are not supported.</source>
        <translation>Les fichiers age en armure ASCII ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>The file is empty, not an age file.</source>
        <translation>Le fichier est vide&#xa0;: ce n’est pas un fichier age.</translation>
    </message>
    <message>
        <source>The file uses an unsupported age version or a malformed intro line.</source>
        <translation>Le fichier utilise une version d’age non prise en charge ou une ligne d’introduction mal formée.</translation>
    </message>
    <message>
        <source>The file is not an age v1 file.</source>
        <translation>Ce fichier n’est pas un fichier age v1.</translation>
    </message>
    <message>
        <source>The age header has a malformed stanza line.</source>
        <translation>L’en-tête age a une ligne de bloc mal formée.</translation>
    </message>
    <message>
        <source>The age header has an empty or invalid stanza argument.</source>
        <translation>L’en-tête age a un argument de bloc vide ou non valide.</translation>
    </message>
    <message>
        <source>The age header has a stanza body line longer than 64 columns.</source>
        <translation>L’en-tête age a une ligne de corps de bloc de plus de 64 colonnes.</translation>
    </message>
    <message>
        <source>a stanza body</source>
        <translation>un corps de bloc</translation>
    </message>
    <message>
        <source>The age header has a malformed MAC line.</source>
        <translation>L’en-tête age a une ligne MAC mal formée.</translation>
    </message>
    <message>
        <source>the MAC line</source>
        <translation>la ligne MAC</translation>
    </message>
    <message>
        <source>The age header has a MAC of the wrong length.</source>
        <translation>L’en-tête age a un MAC de mauvaise longueur.</translation>
    </message>
    <message>
        <source>The age header has a line that is neither a stanza nor the MAC.</source>
        <translation>L’en-tête age a une ligne qui n’est ni un bloc ni le MAC.</translation>
    </message>
    <message>
        <source>The age header has no recipient stanzas.</source>
        <translation>L’en-tête age n’a aucun bloc de destinataire.</translation>
    </message>
    <message>
        <source>An X25519 stanza has the wrong number of arguments.</source>
        <translation>Un bloc X25519 n’a pas le bon nombre d’arguments.</translation>
    </message>
    <message>
        <source>an X25519 stanza</source>
        <translation>un bloc X25519</translation>
    </message>
    <message>
        <source>An X25519 stanza has a share of the wrong length.</source>
        <translation>Un bloc X25519 a une part publique de mauvaise longueur.</translation>
    </message>
    <message>
        <source>An X25519 stanza has a body of the wrong length.</source>
        <translation>Un bloc X25519 a un corps de mauvaise longueur.</translation>
    </message>
    <message>
        <source>An X25519 stanza has a low-order share.</source>
        <translation>Un bloc X25519 a une part publique d’ordre faible.</translation>
    </message>
    <message>
        <source>An scrypt stanza has the wrong number of arguments.</source>
        <translation>Un bloc scrypt n’a pas le bon nombre d’arguments.</translation>
    </message>
    <message>
        <source>an scrypt stanza</source>
        <translation>un bloc scrypt</translation>
    </message>
    <message>
        <source>An scrypt stanza has a salt of the wrong length.</source>
        <translation>Un bloc scrypt a un sel de mauvaise longueur.</translation>
    </message>
    <message>
        <source>An scrypt stanza has a malformed work factor.</source>
        <translation>Un bloc scrypt a un facteur de coût mal formé.</translation>
    </message>
    <message>
        <source>An scrypt stanza asks for more work than allowed.</source>
        <translation>Un bloc scrypt demande plus de calcul que permis.</translation>
    </message>
    <message>
        <source>An scrypt stanza has a body of the wrong length.</source>
        <translation>Un bloc scrypt a un corps de mauvaise longueur.</translation>
    </message>
    <message>
        <source>Cancelled; the search for possible duplicates stopped.</source>
        <translation>Annulé&#xa0;; la recherche de doublons possibles s’est arrêtée.</translation>
    </message>
    <message>
        <source>This vault&apos;s database has schema version {found}; this FieldKit knows up to {latest}.</source>
        <translation>La base de données de ce coffre a la version de schéma {found}&#xa0;; ce FieldKit connaît jusqu’à la version {latest}.</translation>
    </message>
    <message>
        <source>Leave this photo out of the redacted export, or export without redaction.</source>
        <translation>Laissez cette photo hors de l’export expurgé, ou exportez sans expurgation.</translation>
    </message>
    <message>
        <source>its JPEG data has no end</source>
        <translation>ses données JPEG n’ont pas de fin</translation>
    </message>
    <message>
        <source>the end of its JPEG image could not be found</source>
        <translation>la fin de son image JPEG est introuvable</translation>
    </message>
    <message>
        <source>its JPEG structure is damaged</source>
        <translation>sa structure JPEG est endommagée</translation>
    </message>
    <message>
        <source>its JPEG structure is truncated</source>
        <translation>sa structure JPEG est tronquée</translation>
    </message>
    <message>
        <source>its PNG structure is truncated</source>
        <translation>sa structure PNG est tronquée</translation>
    </message>
    <message>
        <source>it has more than {count} pages</source>
        <translation>elle a plus de {count} pages</translation>
    </message>
    <message>
        <source>its TIFF image could not be written again losslessly</source>
        <translation>son image TIFF n’a pas pu être réécrite sans perte</translation>
    </message>
    <message>
        <source>its TIFF image could not be written again with identical pixels</source>
        <translation>son image TIFF n’a pas pu être réécrite avec des pixels identiques</translation>
    </message>
    <message>
        <source>an XMP block could not be removed</source>
        <translation>un bloc XMP n’a pas pu être retiré</translation>
    </message>
    <message>
        <source>its GPS position could not be removed</source>
        <translation>sa position GPS n’a pas pu être retirée</translation>
    </message>
    <message>
        <source>FieldKit cannot remove a position from this format (HEIC)</source>
        <translation>FieldKit ne sait pas retirer une position de ce format (HEIC)</translation>
    </message>
    <message>
        <source>it is too large to rewrite with the memory available</source>
        <translation>elle est trop grande pour être réécrite avec la mémoire disponible</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>elle n’a pas pu être lue</translation>
    </message>
    <message>
        <source>The photo {label} cannot be sent without its position: {problem}.</source>
        <translation>La photo {label} ne peut pas être envoyée sans sa position&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Leave it out with `fieldkit export --leave-out-photo {label} …`, or export without --redact-locations.</source>
        <translation>Laissez-la de côté avec `fieldkit export --leave-out-photo {label} …`, ou exportez sans --redact-locations.</translation>
    </message>
    <message>
        <source>A revision has a record id that FieldKit does not accept.</source>
        <translation>Une révision a un identifiant de fiche que FieldKit n’accepte pas.</translation>
    </message>
    <message>
        <source>A revision names a parent that is not a revision id.</source>
        <translation>Une révision désigne un parent qui n’est pas un identifiant de révision.</translation>
    </message>
    <message>
        <source>A revision lists a photo without a valid SHA-256.</source>
        <translation>Une révision mentionne une photo sans SHA-256 valide.</translation>
    </message>
    <message numerus="yes">
        <source>Also not received yet: %n more bundle(s) of stream {stream} from {sender}.</source>
        <translation>
            <numerusform>Pas encore reçu non plus&#xa0;: %n autre paquet du flux {stream} de {sender}.</numerusform>
            <numerusform>Pas encore reçus non plus&#xa0;: %n autres paquets du flux {stream} de {sender}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup in {path} is damaged: it lacks %n photo(s).</source>
        <translation>
            <numerusform>La sauvegarde dans {path} est endommagée&#xa0;: il lui manque %n photo.</numerusform>
            <numerusform>La sauvegarde dans {path} est endommagée&#xa0;: il lui manque %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The age payload has too many chunks.</source>
        <translation>Le contenu du fichier age a trop de blocs.</translation>
    </message>
    <message>
        <source>The age payload is missing.</source>
        <translation>Le contenu du fichier age est absent.</translation>
    </message>
    <message>
        <source>The age payload is truncated.</source>
        <translation>Le contenu du fichier age est tronqué.</translation>
    </message>
    <message>
        <source>The age payload ends with an empty chunk, which is not allowed.</source>
        <translation>Le contenu du fichier age se termine par un bloc vide, ce qui n’est pas permis.</translation>
    </message>
    <message>
        <source>The age payload has data after its final chunk.</source>
        <translation>Le contenu du fichier age a des données après son dernier bloc.</translation>
    </message>
    <message>
        <source>The age payload is corrupt or was tampered with.</source>
        <translation>Le contenu du fichier age est corrompu ou a été falsifié.</translation>
    </message>
    <message>
        <source>The age payload is truncated: its final chunk is missing.</source>
        <translation>Le contenu du fichier age est tronqué&#xa0;: son dernier bloc manque.</translation>
    </message>
    <message>
        <source>The age payload is truncated, corrupt or was tampered with.</source>
        <translation>Le contenu du fichier age est tronqué, corrompu ou a été falsifié.</translation>
    </message>
    <message>
        <source>Type a passphrase: several words you can remember.</source>
        <translation>Tapez une phrase secrète&#xa0;: plusieurs mots dont vous vous souviendrez.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {min_length} characters.</source>
        <translation>La phrase secrète est trop courte&#xa0;: utilisez au moins {min_length} caractères.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords: it is among the first tried.</source>
        <translation>C’est l’un des mots de passe les plus courants&#xa0;: il est parmi les premiers essayés.</translation>
    </message>
    <message>
        <source>This is a common password with a few letters or digits changed or added: such variants are tried early.</source>
        <translation>C’est un mot de passe courant avec quelques lettres ou chiffres changés ou ajoutés&#xa0;: ces variantes sont essayées tôt.</translation>
    </message>
    <message>
        <source>Keys next to each other on the keyboard (like qwerty) are tried early.</source>
        <translation>Les touches voisines sur le clavier (comme azerty) sont essayées tôt.</translation>
    </message>
    <message>
        <source>Repeated characters or words (like aaaa or abcabc) are easy to guess.</source>
        <translation>Les caractères ou mots répétés (comme aaaa ou abcabc) sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Sequences like abcd or 1234 are easy to guess.</source>
        <translation>Les suites comme abcd ou 1234 sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>Les dates et les années sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Names of people are easy to guess.</source>
        <translation>Les noms de personnes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>It contains your name or your organisation&apos;s: those are tried first.</source>
        <translation>Elle contient votre nom ou celui de votre organisation&#xa0;: ils sont essayés en premier.</translation>
    </message>
    <message>
        <source>One or two common words are easy to guess.</source>
        <translation>Un ou deux mots courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Not strong enough yet: it could be guessed.</source>
        <translation>Pas encore assez robuste&#xa0;: elle pourrait être devinée.</translation>
    </message>
    <message>
        <source>Strong: long and hard to guess. Keep it somewhere safe until you know it.</source>
        <translation>Robuste&#xa0;: longue et difficile à deviner. Gardez-la en lieu sûr jusqu’à la connaître par cœur.</translation>
    </message>
    <message>
        <source>Use four or five unrelated words: long is stronger than complicated.</source>
        <translation>Utilisez quatre ou cinq mots sans rapport entre eux&#xa0;: long est plus sûr que compliqué.</translation>
    </message>
    <message>
        <source>Add two or three unrelated words: long is stronger than complicated.</source>
        <translation>Ajoutez deux ou trois mots sans rapport entre eux&#xa0;: long est plus sûr que compliqué.</translation>
    </message>
    <message>
        <source>No spreadsheet import of this vault can be undone.</source>
        <translation>Aucune importation de tableur de ce coffre ne peut être annulée.</translation>
    </message>
    <message>
        <source>--undo takes LAST or the number of an import.</source>
        <translation>--undo prend LAST ou le numéro d’une importation.</translation>
    </message>
    <message>
        <source>This vault has no spreadsheet import {number}.</source>
        <translation>Ce coffre n’a pas d’importation de tableur {number}.</translation>
    </message>
    <message>
        <source>The spreadsheet import {number} was already undone.</source>
        <translation>L’importation de tableur {number} a déjà été annulée.</translation>
    </message>
    <message>
        <source>{number} has {count} object(s) merged into it; undo that merge first (Possible duplicates ▸ Decisions) or keep this record.</source>
        <translation>Objets fusionnés dans {number}&#xa0;: {count}&#xa0;; annulez d’abord cette fusion (Doublons possibles ▸ Décisions) ou gardez cette fiche.</translation>
    </message>
    <message>
        <source>The import of {file} ({rows} rows) was interrupted before it finished; nothing of it was kept. Import the file again.</source>
        <translation>L’importation de {file} ({rows} lignes) a été interrompue avant la fin&#xa0;; rien n’en a été gardé. Importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>{count} other record(s) of this import have objects merged into them too.</source>
        <translation>Autres fiches de cette importation dans lesquelles des objets ont été fusionnés&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{number} is packed in a container or in transit; unpack it or receive it first, or keep this record. Nothing was deleted.</source>
        <translation>{number} est emballé dans un contenant ou en transit&#xa0;; déballez-le ou réceptionnez-le d’abord, ou gardez cette fiche. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>{count} other record(s) of this import are packed or in transit too.</source>
        <translation>Autres fiches de cette importation emballées ou en transit elles aussi&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{count} record(s) of this import were edited since; nothing was deleted.</source>
        <translation>Fiches de cette importation modifiées depuis&#xa0;: {count}&#xa0;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>{count} record(s) of this import were edited since, or have a damage report, a movement or unsaved changes; nothing was deleted.</source>
        <translation>Fiches de cette importation modifiées depuis, ou ayant un constat de dommages, un mouvement ou des modifications non enregistrées&#xa0;: {count}&#xa0;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Confirm to delete them too (--include-edited), or edit or delete them one by one.</source>
        <translation>Confirmez pour les supprimer aussi (--include-edited), ou modifiez-les ou supprimez-les une par une.</translation>
    </message>
    <message>
        <source>Import {number} undone: {count} record(s) deleted (their history is kept).</source>
        <translation>Importation {number} annulée&#xa0;: fiches supprimées&#xa0;: {count} (leur historique est conservé).</translation>
    </message>
    <message>
        <source>A recovery key has 32 letters and digits in groups of four.</source>
        <translation>Une clé de secours compte 32 lettres et chiffres, en groupes de quatre.</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake (checksum differs).</source>
        <translation>Cette clé de secours contient une faute de frappe (la somme de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bundle file (.fkb).</source>
        <translation>{path} est un dossier, pas un fichier de paquet (.fkb).</translation>
    </message>
    <message>
        <source>Name the bundle file inside it.</source>
        <translation>Indiquez le fichier de paquet qu’il contient.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Il n’y a pas de fichier {path}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and folder.</source>
        <translation>Vérifiez le nom du fichier et son dossier.</translation>
    </message>
    <message>
        <source>Give --trust the sender&apos;s identity card (.fkid) or minisign public key (.pub).</source>
        <translation>Donnez à --trust la carte d’identité de l’expéditeur (.fkid) ou sa clé publique minisign (.pub).</translation>
    </message>
</context>
<context>
    <name>field_keys</name>
    <message>
        <source>inventory_number</source>
        <translation>Numéro d’inventaire</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>object_type</source>
        <translation>Type d’objet</translation>
    </message>
    <message>
        <source>materials_techniques</source>
        <translation>Matériaux et techniques</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>inscriptions_markings</source>
        <translation>Inscriptions et marques</translation>
    </message>
    <message>
        <source>date_period</source>
        <translation>Date ou période</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>distinguishing_features</source>
        <translation>Signes distinctifs</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>place_of_origin</source>
        <translation>Lieu d’origine</translation>
    </message>
    <message>
        <source>related_written_material</source>
        <translation>Documentation écrite associée</translation>
    </message>
    <message>
        <source>cross_references</source>
        <translation>Renvois</translation>
    </message>
    <message>
        <source>date_documented</source>
        <translation>Date de documentation</translation>
    </message>
    <message>
        <source>red_list_category</source>
        <translation>Catégorie de la Liste rouge de l’ICOM</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>current_location</source>
        <translation>Emplacement actuel</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>salvage_priority</source>
        <translation>Priorité de sauvetage</translation>
    </message>
    <message>
        <source>significance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Inventory number</source>
        <translation>Numéro d’inventaire</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type of object</source>
        <translation>Type d’objet</translation>
    </message>
    <message>
        <source>Materials &amp; techniques</source>
        <translation>Matériaux et techniques</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Inscriptions &amp; markings</source>
        <translation>Inscriptions et marques</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Date ou période</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation>Signes distinctifs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>Lieu d’origine</translation>
    </message>
    <message>
        <source>Related written material</source>
        <translation>Documentation écrite associée</translation>
    </message>
    <message>
        <source>Cross references</source>
        <translation>Renvois</translation>
    </message>
    <message>
        <source>Date documented</source>
        <translation>Date de documentation</translation>
    </message>
    <message>
        <source>ICOM Red List category</source>
        <translation>Catégorie de la Liste rouge de l’ICOM</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation>Emplacement actuel</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Salvage priority</source>
        <translation>Priorité de sauvetage</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Observed at</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Event from</source>
        <translation>Événement du</translation>
    </message>
    <message>
        <source>Event to</source>
        <translation>Événement au</translation>
    </message>
    <message>
        <source>Agents of deterioration</source>
        <translation>Agents de détérioration</translation>
    </message>
    <message>
        <source>Damage types</source>
        <translation>Types de dommages</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Damage observed</source>
        <translation>Dommages observés</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Mesures recommandées</translation>
    </message>
    <message>
        <source>Remaining hazards</source>
        <translation>Risques persistants</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind of location</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind of container</source>
        <translation>Type de contenant</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Manipulation</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To location</source>
        <translation>Vers le lieu</translation>
    </message>
    <message>
        <source>Into container</source>
        <translation>Dans le contenant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Departed at</source>
        <translation>Parti le</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Déplacé par</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorisé par</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Taille de l’équipe</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Remis par</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Remis à</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>Remis le</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Acceptance notes</source>
        <translation>Notes d’acceptation</translation>
    </message>
    <message>
        <source>Object kept</source>
        <translation>Objet conservé</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Autre fiche</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Revision of the object kept</source>
        <translation>Révision de l’objet conservé</translation>
    </message>
    <message>
        <source>Revision of the other record</source>
        <translation>Révision de l’autre fiche</translation>
    </message>
    <message>
        <source>Overall photograph</source>
        <translation>Photographie d’ensemble</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>vault folder (default: $FIELDKIT_VAULT)</source>
        <extracomment>argparse&apos;s help headings, after which it writes a colon of its own (&quot;options:&quot;).</extracomment>
        <translation>dossier du coffre (par défaut&#xa0;: $FIELDKIT_VAULT)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE (a UTF-8 BOM and the line ending are ignored; later lines too)</source>
        <translation>lire la phrase secrète sur la première ligne de FILE (une marque UTF-8 et la fin de ligne sont ignorées, les lignes suivantes aussi)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>sortie lisible par machine sur stdout</translation>
    </message>
    <message>
        <source>FieldKit: document collections and damage offline; exchange signed bundles.</source>
        <translation>FieldKit&#xa0;: documenter les collections et les dommages hors ligne&#xa0;; échanger des paquets signés.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>check this installation offline (no window, no vault) and print one JSON line</source>
        <translation>vérifier cette installation hors ligne (sans fenêtre ni coffre) et afficher une ligne JSON</translation>
    </message>
    <message>
        <source>start the desktop app</source>
        <translation>lancer l’application de bureau</translation>
    </message>
    <message>
        <source>list the audit log, or check that it is intact</source>
        <translation>lister le journal d’audit, ou vérifier qu’il est intact</translation>
    </message>
    <message>
        <source>check the hash chain; exit 1 if any event was altered, removed or inserted</source>
        <translation>vérifier la chaîne d’empreintes&#xa0;; code de sortie 1 si un événement a été modifié, supprimé ou inséré</translation>
    </message>
    <message>
        <source>list only the N most recent events</source>
        <translation>ne lister que les N événements les plus récents</translation>
    </message>
    <message>
        <source>list only events of action A</source>
        <translation>ne lister que les événements de l’action A</translation>
    </message>
    <message>
        <source>write a signed, encrypted bundle</source>
        <translation>écrire un paquet signé et chiffré</translation>
    </message>
    <message>
        <source>a recipient (repeatable); default: every verified coordinator</source>
        <translation>un destinataire (répétable)&#xa0;; par défaut&#xa0;: chaque coordinateur vérifié</translation>
    </message>
    <message>
        <source>not encrypted (for auditors, the public)</source>
        <translation>non chiffré (pour les auditeurs, le public)</translation>
    </message>
    <message>
        <source>every revision, not only new ones</source>
        <translation>toutes les révisions, pas seulement les nouvelles</translation>
    </message>
    <message>
        <source>only what no earlier bundle to them carried</source>
        <translation>seulement ce qu’aucun paquet précédent pour eux ne contenait</translation>
    </message>
    <message>
        <source>a read-only snapshot without locations, coordinates, sites or photo GPS</source>
        <translation>un instantané en lecture seule, sans lieux, coordonnées, sites ni GPS des photos</translation>
    </message>
    <message>
        <source>split above SIZE (3.9G)</source>
        <translation>découper au-delà de SIZE (3.9G)</translation>
    </message>
    <message>
        <source>leave this photo out (8+ hex characters of its hash; repeatable); a later export sends it</source>
        <translation>laisser cette photo de côté (8 caractères hexadécimaux ou plus de son empreinte&#xa0;; répétable)&#xa0;; un export ultérieur l’enverra</translation>
    </message>
    <message>
        <source>verify bundles (no vault needed)</source>
        <translation>vérifier des paquets (sans coffre)</translation>
    </message>
    <message>
        <source>a signer you trust: identity card or minisign public key (repeatable)</source>
        <translation>un signataire de confiance&#xa0;: carte d’identité ou clé publique minisign (répétable)</translation>
    </message>
    <message>
        <source>verify and merge bundles</source>
        <translation>vérifier et fusionner des paquets</translation>
    </message>
    <message>
        <source>merge even if the signer is not trusted</source>
        <translation>fusionner même si le signataire n’est pas de confiance</translation>
    </message>
    <message>
        <source>records edited in two places at once</source>
        <translation>fiches modifiées à deux endroits à la fois</translation>
    </message>
    <message>
        <source>records in conflict</source>
        <translation>fiches en conflit</translation>
    </message>
    <message>
        <source>both versions and the automatic merge</source>
        <translation>les deux versions et la fusion automatique</translation>
    </message>
    <message>
        <source>write one merge revision</source>
        <translation>écrire une révision de fusion</translation>
    </message>
    <message>
        <source>accept the automatic merge</source>
        <translation>accepter la fusion automatique</translation>
    </message>
    <message>
        <source>keep one version (revision id, 8+ chars)</source>
        <translation>garder une version (identifiant de révision, 8 caractères ou plus)</translation>
    </message>
    <message>
        <source>the resolved fields</source>
        <translation>les champs résolus</translation>
    </message>
    <message>
        <source>locations: buildings, rooms, shelves, temporary stores (with codes)</source>
        <translation>lieux&#xa0;: bâtiments, salles, étagères, dépôts temporaires (avec codes)</translation>
    </message>
    <message>
        <source>add a location from JSON</source>
        <translation>ajouter un lieu depuis du JSON</translation>
    </message>
    <message>
        <source>list locations</source>
        <translation>lister les lieux</translation>
    </message>
    <message>
        <source>containers: crates, boxes, rolls, bags, pallets (with codes)</source>
        <translation>contenants&#xa0;: caisses, boîtes, rouleaux, sacs, palettes (avec codes)</translation>
    </message>
    <message>
        <source>add a container from JSON</source>
        <translation>ajouter un contenant depuis du JSON</translation>
    </message>
    <message>
        <source>list containers</source>
        <translation>lister les contenants</translation>
    </message>
    <message>
        <source>the fields as a JSON object (&apos;-&apos;: standard input)</source>
        <translation>les champs sous forme d’objet JSON (&apos;-&apos;&#xa0;: entrée standard)</translation>
    </message>
    <message>
        <source>move items (depart), `move receive MOVEMENT [ITEM...] [--all]`, `move show MOVEMENT`, `move cancel MOVEMENT` (a departure recorded by mistake, while nothing was received)</source>
        <translation>déplacer des éléments (départ), `move receive MOVEMENT [ITEM...] [--all]`, `move show MOVEMENT`, `move cancel MOVEMENT` (un départ enregistré par erreur, tant que rien n’a été reçu)</translation>
    </message>
    <message>
        <source>where the items go</source>
        <translation>où vont les éléments</translation>
    </message>
    <message>
        <source>further fields as a JSON object</source>
        <translation>d’autres champs sous forme d’objet JSON</translation>
    </message>
    <message>
        <source>plan it; it departs later</source>
        <translation>le planifier&#xa0;; il part plus tard</translation>
    </message>
    <message>
        <source>(packing) take items out of the container they are in</source>
        <translation>(emballage) sortir les éléments du contenant où ils se trouvent</translation>
    </message>
    <message>
        <source>(receive) everything expected arrived</source>
        <translation>(réception) tout ce qui était attendu est arrivé</translation>
    </message>
    <message>
        <source>(receive --all) items recorded missing were found: mark them arrived</source>
        <translation>(receive --all) les éléments enregistrés disparus ont été retrouvés&#xa0;: les marquer arrivés</translation>
    </message>
    <message>
        <source>(receive) show the reconciliation; write nothing</source>
        <translation>(réception) montrer le rapprochement&#xa0;; ne rien écrire</translation>
    </message>
    <message>
        <source>where an object or container is now</source>
        <translation>où se trouve maintenant un objet ou un contenant</translation>
    </message>
    <message>
        <source>custody transfers, accepted by the receiver</source>
        <translation>transferts de garde, acceptés par le destinataire</translation>
    </message>
    <message>
        <source>hand items over to someone</source>
        <translation>remettre des éléments à quelqu’un</translation>
    </message>
    <message>
        <source>accept a handover addressed to you</source>
        <translation>accepter une remise qui vous est adressée</translation>
    </message>
    <message>
        <source>acceptance_notes, accepted_at (JSON)</source>
        <translation>acceptance_notes, accepted_at (JSON)</translation>
    </message>
    <message>
        <source>list handovers</source>
        <translation>lister les remises</translation>
    </message>
    <message>
        <source>a container: where it is, what it holds, its movements</source>
        <translation>un contenant&#xa0;: où il est, ce qu’il contient, ses mouvements</translation>
    </message>
    <message>
        <source>Show a container (id, 8+ hex prefix or code): its fields, where it is now, its contents in inventory order with their status, and its movements, newest first. --json: the container&apos;s record as `container list` gives it, and &quot;where&quot; (as `fieldkit where --json`), &quot;contents&quot; (a list of {&quot;id&quot;, &quot;number&quot;, &quot;title&quot;, &quot;status&quot;, &quot;deleted&quot;}) and &quot;movements&quot; (newest first, a list of {&quot;id&quot;, &quot;state&quot;, &quot;reason&quot;, &quot;from&quot;, &quot;to&quot;, &quot;departed_at&quot;, &quot;received_at&quot;, &quot;missing&quot;}; &quot;missing&quot;: the container was not found at that reception). Keys may be added.</source>
        <translation>Afficher un contenant (id, préfixe de 8 caractères hexadécimaux ou plus, ou code)&#xa0;: ses champs, où il est maintenant, son contenu dans l’ordre d’inventaire avec le statut de chaque élément, et ses mouvements, du plus récent au plus ancien. --json&#xa0;: la fiche du contenant telle que `container list` la donne, et &quot;where&quot; (comme `fieldkit where --json`), &quot;contents&quot; (une liste de {&quot;id&quot;, &quot;number&quot;, &quot;title&quot;, &quot;status&quot;, &quot;deleted&quot;}) et &quot;movements&quot; (du plus récent au plus ancien, une liste de {&quot;id&quot;, &quot;state&quot;, &quot;reason&quot;, &quot;from&quot;, &quot;to&quot;, &quot;departed_at&quot;, &quot;received_at&quot;, &quot;missing&quot;}&#xa0;; &quot;missing&quot;&#xa0;: le contenant n’a pas été trouvé à cette réception). Des clés peuvent s’ajouter.</translation>
    </message>
    <message>
        <source>create (if absent) and open a demo vault (passphrase: demo)</source>
        <translation>créer (s’il n’existe pas) et ouvrir un coffre de démonstration (phrase secrète&#xa0;: demo)</translation>
    </message>
    <message>
        <source>objects to generate</source>
        <translation>objets à générer</translation>
    </message>
    <message>
        <source>only create the vault and say so</source>
        <translation>seulement créer le coffre et le dire</translation>
    </message>
    <message>
        <source>export objects as LIDO XML, Linked Art JSON-LD or CSV for heritage systems</source>
        <translation>exporter des objets en LIDO XML, Linked Art JSON-LD ou CSV pour les systèmes patrimoniaux</translation>
    </message>
    <message>
        <source>lido: an .xml file (photos go in a folder beside it); linked-art: a new or empty folder; csv: a .csv file</source>
        <translation>lido&#xa0;: un fichier .xml (les photos vont dans un dossier à côté)&#xa0;; linked-art&#xa0;: un dossier nouveau ou vide&#xa0;; csv&#xa0;: un fichier .csv</translation>
    </message>
    <message>
        <source>only objects matching TEXT</source>
        <translation>seulement les objets correspondant à TEXT</translation>
    </message>
    <message>
        <source>only this status (repeatable)</source>
        <translation>seulement ce statut (répétable)</translation>
    </message>
    <message>
        <source>leave out locations, coordinates, sites and photo GPS (as bundles do)</source>
        <translation>laisser de côté lieux, coordonnées, sites et GPS des photos (comme les paquets)</translation>
    </message>
    <message>
        <source>lido: do not write the photos</source>
        <translation>lido&#xa0;: ne pas écrire les photos</translation>
    </message>
    <message>
        <source>only these objects (id or inventory no.)</source>
        <translation>seulement ces objets (identifiant ou n° d’inventaire)</translation>
    </message>
    <message>
        <source>this vault&apos;s identity and keys</source>
        <translation>l’identité et les clés de ce coffre</translation>
    </message>
    <message>
        <source>name, role, fingerprint and public keys of this vault</source>
        <translation>nom, rôle, empreinte et clés publiques de ce coffre</translation>
    </message>
    <message>
        <source>write this vault&apos;s identity card (.fkid)</source>
        <translation>écrire la carte d’identité de ce coffre (.fkid)</translation>
    </message>
    <message>
        <source>the card to write</source>
        <translation>la carte à écrire</translation>
    </message>
    <message>
        <source>also write a standard minisign public-key file (for stock `minisign -V -p`)</source>
        <translation>écrire aussi un fichier de clé publique minisign standard (pour `minisign -V -p`)</translation>
    </message>
    <message>
        <source>write the transport key for stock `age -d -i FILE` (never the storage key)</source>
        <translation>écrire la clé de transport pour `age -d -i FILE` (jamais la clé de stockage)</translation>
    </message>
    <message>
        <source>the key file to write</source>
        <translation>le fichier de clé à écrire</translation>
    </message>
    <message>
        <source>write the key unprotected (AGE-SECRET-KEY-1…), mode 0600</source>
        <translation>écrire la clé sans protection (AGE-SECRET-KEY-1…), mode 0600</translation>
    </message>
    <message>
        <source>passphrase protecting the exported key (else ${variable} or a prompt)</source>
        <translation>phrase secrète protégeant la clé exportée (sinon ${variable} ou une invite)</translation>
    </message>
    <message>
        <source>object records (Object ID)</source>
        <translation>fiches d’objets (Object ID)</translation>
    </message>
    <message>
        <source>add an object from JSON</source>
        <translation>ajouter un objet depuis du JSON</translation>
    </message>
    <message>
        <source>change some fields (a new revision)</source>
        <translation>modifier des champs (une nouvelle révision)</translation>
    </message>
    <message>
        <source>show one object</source>
        <translation>afficher un objet</translation>
    </message>
    <message>
        <source>every revision, who and when</source>
        <translation>chaque révision, qui et quand</translation>
    </message>
    <message>
        <source>list or search objects</source>
        <translation>lister ou rechercher des objets</translation>
    </message>
    <message>
        <source>only incomplete Object ID records</source>
        <translation>seulement les fiches Object ID incomplètes</translation>
    </message>
    <message>
        <source>only deleted objects (bring one back: object restore)</source>
        <translation>seulement les objets supprimés (pour en rétablir un&#xa0;: object restore)</translation>
    </message>
    <message>
        <source>delete an object (history is kept)</source>
        <translation>supprimer un objet (l’historique est conservé)</translation>
    </message>
    <message>
        <source>bring back an earlier revision of an object (undoes a delete or an edit)</source>
        <translation>rétablir une révision antérieure d’un objet (annule une suppression ou une modification)</translation>
    </message>
    <message>
        <source>the revision to bring back (`object show ID --history` lists them)</source>
        <translation>la révision à rétablir (`object show ID --history` les liste)</translation>
    </message>
    <message>
        <source>import a spreadsheet (CSV)</source>
        <translation>importer un tableur (CSV)</translation>
    </message>
    <message>
        <source>undo an import: delete the records it created (history kept), in one transaction; LAST or the number the import printed</source>
        <translation>annuler une importation&#xa0;: supprimer les fiches qu’elle a créées (historique conservé), en une seule transaction&#xa0;; LAST ou le numéro affiché par l’importation</translation>
    </message>
    <message>
        <source>with --undo: delete records edited since the import too</source>
        <translation>avec --undo&#xa0;: supprimer aussi les fiches modifiées depuis l’importation</translation>
    </message>
    <message>
        <source>check and report; change nothing</source>
        <translation>vérifier et rendre compte&#xa0;; ne rien modifier</translation>
    </message>
    <message>
        <source>column separator (default: detected)</source>
        <translation>séparateur de colonnes (par défaut&#xa0;: détecté)</translation>
    </message>
    <message>
        <source>how to read dates written 14/03/2026: dmy (day/month/year) or mdy (month/day/year) (default: decided by a date of the file that can only be read one way)</source>
        <translation>comment lire les dates écrites 14/03/2026&#xa0;: dmy (jour/mois/année) ou mdy (mois/jour/année) (par défaut&#xa0;: décidé par une date du fichier qui ne se lit que d’une façon)</translation>
    </message>
    <message>
        <source>file encoding, e.g. utf-8, cp1252, cp1256, shift_jis (default: decided on the whole file; when unsure, FieldKit asks for this option)</source>
        <translation>encodage du fichier, par exemple utf-8, cp1252, cp1256, shift_jis (par défaut&#xa0;: décidé sur tout le fichier&#xa0;; en cas de doute, FieldKit demande cette option)</translation>
    </message>
    <message>
        <source>damage reports</source>
        <translation>constats de dommages</translation>
    </message>
    <message>
        <source>add a damage report from JSON</source>
        <translation>ajouter un constat de dommages depuis du JSON</translation>
    </message>
    <message>
        <source>the damaged object (id or inventory number)</source>
        <translation>l’objet endommagé (identifiant ou numéro d’inventaire)</translation>
    </message>
    <message>
        <source>list damage reports</source>
        <translation>lister les constats de dommages</translation>
    </message>
    <message>
        <source>only deleted damage reports</source>
        <translation>seulement les constats de dommages supprimés</translation>
    </message>
    <message>
        <source>show one damage report</source>
        <translation>afficher un constat de dommages</translation>
    </message>
    <message>
        <source>attach a photo</source>
        <translation>joindre une photo</translation>
    </message>
    <message>
        <source>role of the photos (default: {role} for the first, detail after)</source>
        <translation>rôle des photos (par défaut&#xa0;: {role} pour la première, detail ensuite)</translation>
    </message>
    <message>
        <source>caption for the photos given</source>
        <translation>légende des photos données</translation>
    </message>
    <message>
        <source>print PDF reports</source>
        <translation>imprimer des rapports PDF</translation>
    </message>
    <message>
        <source>Object ID sheets, one page per object</source>
        <translation>fiches Object ID, une page par objet</translation>
    </message>
    <message>
        <source>id, id prefix or inventory number</source>
        <translation>identifiant, début d’identifiant ou numéro d’inventaire</translation>
    </message>
    <message>
        <source>a damage report</source>
        <translation>un constat de dommages</translation>
    </message>
    <message>
        <source>a damage report&apos;s id, or an object&apos;s (its latest report)</source>
        <translation>l’identifiant d’un constat de dommages, ou d’un objet (son dernier constat)</translation>
    </message>
    <message>
        <source>the evacuation/inventory list, by salvage priority</source>
        <translation>la liste d’évacuation / d’inventaire, par priorité de sauvetage</translation>
    </message>
    <message>
        <source>salvage priority 1-4 (repeatable)</source>
        <translation>priorité de sauvetage 1-4 (répétable)</translation>
    </message>
    <message>
        <source>leave the location column out</source>
        <translation>sans la colonne des lieux</translation>
    </message>
    <message>
        <source>an auditor&apos;s certificate for a bundle</source>
        <translation>le certificat d’un auditeur pour un paquet</translation>
    </message>
    <message>
        <source>QR labels on A4 sheets</source>
        <translation>étiquettes QR sur feuilles A4</translation>
    </message>
    <message>
        <source>objects, containers, locations</source>
        <translation>objets, contenants, lieux</translation>
    </message>
    <message>
        <source>the packing list of a container, to put inside it</source>
        <translation>la liste de colisage d’un contenant, à mettre dedans</translation>
    </message>
    <message>
        <source>the movement form with its reconciliation</source>
        <translation>le bordereau de mouvement avec son rapprochement</translation>
    </message>
    <message>
        <source>the handover certificate with both fingerprints</source>
        <translation>le certificat de remise avec les deux empreintes</translation>
    </message>
    <message>
        <source>the evacuation permission for a movement</source>
        <translation>l’autorisation d’évacuation d’un mouvement</translation>
    </message>
    <message>
        <source>language of the PDF (default: FIELDKIT_LANG, else the system&apos;s, else en)</source>
        <translation>langue du PDF (par défaut&#xa0;: FIELDKIT_LANG, sinon celle du système, sinon en)</translation>
    </message>
    <message>
        <source>exchange bundles through sync folders (USB drives, shared folders) or S3 storage</source>
        <translation>échanger des paquets par des dossiers de synchronisation (clés USB, dossiers partagés) ou un stockage S3</translation>
    </message>
    <message>
        <source>Deliver bundles to sync folders or S3 storage and pick up bundles and receipts there.</source>
        <translation>Déposer des paquets dans des dossiers de synchronisation ou un stockage S3, et y prendre paquets et accusés de réception.</translation>
    </message>
    <message>
        <source>TARGET, status, quarantine, or target …</source>
        <translation>TARGET, status, quarantine ou target …</translation>
    </message>
    <message>
        <source>with `target add`: a recipient (repeatable); default: every verified coordinator</source>
        <translation>avec `target add`&#xa0;: un destinataire (répétable)&#xa0;; par défaut&#xa0;: chaque coordinateur vérifié</translation>
    </message>
    <message>
        <source>with `target add s3://…`: the S3 endpoint</source>
        <translation>avec `target add s3://…`&#xa0;: le point d’accès S3</translation>
    </message>
    <message>
        <source>with `target add s3://…`: the bucket&apos;s region</source>
        <translation>avec `target add s3://…`&#xa0;: la région du compartiment</translation>
    </message>
    <message>
        <source>with `target add s3://…`: access key and secret in the AWS credentials format ([default] aws_access_key_id / aws_secret_access_key); else AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, else asked; kept only inside the vault</source>
        <translation>avec `target add s3://…`&#xa0;: clé d’accès et secret au format d’identifiants AWS ([default] aws_access_key_id / aws_secret_access_key)&#xa0;; sinon AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, sinon demandés&#xa0;; conservés uniquement dans le coffre</translation>
    </message>
    <message>
        <source>with `target add s3://…`: at most RATE bytes per second (e.g. 200k, 1M)</source>
        <translation>avec `target add s3://…`&#xa0;: au plus RATE octets par seconde (par exemple 200k, 1M)</translation>
    </message>
    <message>
        <source>the identity cards this vault trusts</source>
        <translation>les cartes d’identité auxquelles ce coffre fait confiance</translation>
    </message>
    <message>
        <source>Objects that may be one object documented twice, across every laptop&apos;s records in the archive, best first, with a score and the reasons (as `fieldkit duplicates list`); pairs the archive already holds a decision for are left out. Photos stored before this version are hashed first (this needs the archive&apos;s vault). Deciding is not done in the archive: decide in a coordinator&apos;s vault that holds both records (fieldkit duplicates decide ID1 ID2 --same|--not-same); the decision is a signed revision that reaches the archive in that vault&apos;s next bundle, and the pair is then no longer listed.</source>
        <translation>Les objets qui pourraient être un même objet documenté deux fois, parmi les fiches de tous les ordinateurs portables dans l’archive, les plus probables d’abord, avec un score et les raisons (comme `fieldkit duplicates list`)&#xa0;; les paires pour lesquelles l’archive détient déjà une décision sont écartées. Les photos stockées avant cette version sont d’abord hachées (il faut pour cela le coffre de l’archive). La décision ne se prend pas dans l’archive&#xa0;: décidez dans le coffre d’un coordinateur qui contient les deux fiches (fieldkit duplicates decide ID1 ID2 --same|--not-same)&#xa0;; la décision est une révision signée qui parvient à l’archive dans le prochain paquet de ce coffre, et la paire n’est alors plus listée.</translation>
    </message>
    <message>
        <source>PostgreSQL (default: $FIELDKIT_ARCHIVE_DB)</source>
        <translation>PostgreSQL (par défaut&#xa0;: $FIELDKIT_ARCHIVE_DB)</translation>
    </message>
    <message>
        <source>default: $FIELDKIT_ARCHIVE_S3</source>
        <translation>par défaut&#xa0;: $FIELDKIT_ARCHIVE_S3</translation>
    </message>
    <message>
        <source>default: $FIELDKIT_ARCHIVE_ENDPOINT</source>
        <translation>par défaut&#xa0;: $FIELDKIT_ARCHIVE_ENDPOINT</translation>
    </message>
    <message>
        <source>AWS shared-credentials format</source>
        <translation>au format des identifiants partagés AWS</translation>
    </message>
    <message>
        <source>object lock (default 3650)</source>
        <translation>verrouillage des objets (par défaut 3650)</translation>
    </message>
    <message>
        <source>the programme archive (PostgreSQL + S3)</source>
        <translation>l’archive du programme (PostgreSQL + S3)</translation>
    </message>
    <message>
        <source>create the schema; check the bucket</source>
        <translation>créer le schéma&#xa0;; vérifier le compartiment</translation>
    </message>
    <message>
        <source>store bundles and queue them</source>
        <translation>stocker des paquets et les mettre en file d’attente</translation>
    </message>
    <message>
        <source>the laptops&apos; sync prefix</source>
        <translation>le préfixe de synchronisation des ordinateurs portables</translation>
    </message>
    <message>
        <source>queue again bundles whose signer is trusted now, and bundles whose job failed</source>
        <translation>remettre en file d’attente les paquets dont le signataire est maintenant de confiance, et les paquets dont la tâche a échoué</translation>
    </message>
    <message>
        <source>trust a card on every worker host (recorded in PostgreSQL)</source>
        <translation>faire confiance à une carte sur chaque machine de traitement (enregistré dans PostgreSQL)</translation>
    </message>
    <message>
        <source>trust an identity card (.fkid)</source>
        <translation>faire confiance à une carte d’identité (.fkid)</translation>
    </message>
    <message>
        <source>the card, as written by `identity export`</source>
        <translation>la carte, telle qu’écrite par `identity export`</translation>
    </message>
    <message>
        <source>you compared the fingerprint</source>
        <translation>vous avez comparé l’empreinte</translation>
    </message>
    <message>
        <source>stop trusting a key on every worker host (its bundles after the last one merged are quarantined)</source>
        <translation>ne plus faire confiance à une clé sur chaque machine de traitement (ses paquets après le dernier fusionné sont mis en quarantaine)</translation>
    </message>
    <message>
        <source>the trust recorded for every host</source>
        <translation>la confiance enregistrée pour chaque machine</translation>
    </message>
    <message>
        <source>run jobs (verify → store → merge)</source>
        <translation>exécuter les tâches (vérifier → stocker → fusionner)</translation>
    </message>
    <message>
        <source>exit 0 once no job is left</source>
        <translation>quitter avec 0 quand il ne reste aucune tâche</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>les comptes</translation>
    </message>
    <message>
        <source>search the merged records</source>
        <translation>chercher dans les fiches fusionnées</translation>
    </message>
    <message>
        <source>list at most N records (default 100)</source>
        <translation>lister au plus N fiches (par défaut 100)</translation>
    </message>
    <message>
        <source>possible duplicates across every laptop&apos;s records (decide in a coordinator&apos;s vault)</source>
        <translation>doublons possibles parmi les fiches de tous les ordinateurs portables (décidez dans le coffre d’un coordinateur)</translation>
    </message>
    <message>
        <source>a consolidated bundle</source>
        <translation>un paquet consolidé</translation>
    </message>
    <message>
        <source>re-verify stored bundles and photos</source>
        <translation>vérifier à nouveau les paquets et les photos stockés</translation>
    </message>
    <message>
        <source>give merged bundles stored without retention (object lock) their retention</source>
        <translation>placer sous conservation les paquets fusionnés stockés sans conservation (verrouillage des objets)</translation>
    </message>
    <message>
        <source>rebuild the index from the bucket</source>
        <translation>reconstruire l’index à partir du compartiment</translation>
    </message>
    <message>
        <source>role to trust it in (default: the card&apos;s)</source>
        <translation>rôle dans lequel lui faire confiance (par défaut&#xa0;: celui de la carte)</translation>
    </message>
    <message>
        <source>local name to show for it (default: the name on the card)</source>
        <translation>nom local à afficher (par défaut&#xa0;: le nom sur la carte)</translation>
    </message>
    <message>
        <source>you compared the fingerprint with its holder (in person or by phone)</source>
        <translation>vous avez comparé l’empreinte avec son détenteur (en personne ou par téléphone)</translation>
    </message>
    <message>
        <source>list trusted keys</source>
        <translation>lister les clés de confiance</translation>
    </message>
    <message>
        <source>stop trusting a key</source>
        <translation>ne plus faire confiance à une clé</translation>
    </message>
    <message>
        <source>64 hex digits, a unique prefix, or the 30-digit display form in quotes</source>
        <translation>64 chiffres hexadécimaux, un début unique ou la forme affichée de 30 chiffres entre guillemets</translation>
    </message>
    <message>
        <source>64 hex digits or a unique prefix</source>
        <translation>64 chiffres hexadécimaux ou un début unique</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE (a UTF-8 BOM and the line ending are ignored; later lines too)</source>
        <translation>lire la nouvelle phrase secrète sur la première ligne de FILE (une marque UTF-8 et la fin de ligne sont ignorées, les lignes suivantes aussi)</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>créer un nouveau coffre</translation>
    </message>
    <message>
        <source>a name for this vault (e.g. your own name)</source>
        <translation>un nom pour ce coffre (par exemple votre nom)</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>write the recovery key to F instead of printing it</source>
        <translation>écrire la clé de secours dans F au lieu de l’afficher</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>changer la phrase secrète</translation>
    </message>
    <message>
        <source>unlock with the recovery key on the first line of F (lost passphrase)</source>
        <translation>déverrouiller avec la clé de secours sur la première ligne de F (phrase secrète perdue)</translation>
    </message>
    <message>
        <source>new keys, passphrase and recovery key: re-encrypt the whole vault</source>
        <translation>nouvelles clés, phrase secrète et clé de secours&#xa0;: rechiffrer tout le coffre</translation>
    </message>
    <message>
        <source>write the new recovery key to F</source>
        <translation>écrire la nouvelle clé de secours dans F</translation>
    </message>
    <message>
        <source>destroy the vault&apos;s keys (irreversible)</source>
        <translation>détruire les clés du coffre (irréversible)</translation>
    </message>
    <message>
        <source>type {word} here when there is no terminal</source>
        <translation>tapez {word} ici quand il n’y a pas de terminal</translation>
    </message>
    <message>
        <source>write an encrypted backup while open</source>
        <translation>écrire une sauvegarde chiffrée pendant qu’il est ouvert</translation>
    </message>
    <message>
        <source>new or empty folder</source>
        <translation>dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>restore a backup into --vault</source>
        <translation>restaurer une sauvegarde dans --vault</translation>
    </message>
    <message>
        <source>a folder written by `fieldkit backup`</source>
        <translation>un dossier écrit par `fieldkit backup`</translation>
    </message>
    <message>
        <source>unlock the backup with the recovery key on the first line of F</source>
        <translation>déverrouiller la sauvegarde avec la clé de secours sur la première ligne de F</translation>
    </message>
    <message>
        <source>objects documented twice: find them, decide, undo</source>
        <translation>objets documentés deux fois&#xa0;: les trouver, décider, annuler</translation>
    </message>
    <message>
        <source>possible duplicates, best first</source>
        <translation>doublons possibles, les plus probables d’abord</translation>
    </message>
    <message>
        <source>list the decisions made instead (latest first)</source>
        <translation>lister plutôt les décisions prises (les plus récentes d’abord)</translation>
    </message>
    <message>
        <source>(with --decisions) undone ones too</source>
        <translation>(avec --decisions) les décisions annulées aussi</translation>
    </message>
    <message>
        <source>the same object, or not the same</source>
        <translation>le même objet, ou pas le même</translation>
    </message>
    <message>
        <source>the object kept (canonical) when they are the same</source>
        <translation>l’objet conservé (de référence) s’ils sont le même</translation>
    </message>
    <message>
        <source>one object: ID2 is merged into ID1</source>
        <translation>un seul objet&#xa0;: ID2 est fusionné dans ID1</translation>
    </message>
    <message>
        <source>two objects: never suggest again</source>
        <translation>deux objets&#xa0;: ne plus jamais les proposer</translation>
    </message>
    <message>
        <source>why (kept with the decision)</source>
        <translation>pourquoi (conservé avec la décision)</translation>
    </message>
    <message>
        <source>undo a decision (restores both records)</source>
        <translation>annuler une décision (rétablit les deux fiches)</translation>
    </message>
    <message>
        <source>the decision&apos;s id, or an object of one decided pair</source>
        <translation>l’identifiant de la décision, ou un objet d’une paire décidée</translation>
    </message>
</context>
<context>
    <name>measurements</name>
    <message>
        <source>height</source>
        <extracomment>The dimension words FieldKit&apos;s own records and the CSV example write, lower case.</extracomment>
        <translation>hauteur</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profondeur</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longueur</translation>
    </message>
    <message>
        <source>diameter</source>
        <translation>diamètre</translation>
    </message>
    <message>
        <source>thickness</source>
        <translation>épaisseur</translation>
    </message>
    <message>
        <source>circumference</source>
        <translation>circonférence</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>mm</source>
        <extracomment>Unit symbols whose written form differs by script (Arabic and Cyrillic write their own).</extracomment>
        <translation>mm</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>{dimension}: {value} {unit}</source>
        <translation>{dimension}&#xa0;: {value}&#xa0;{unit}</translation>
    </message>
    <message>
        <source>{dimension} {value} {unit}</source>
        <extracomment>The PDFs&apos; shorter form, &quot;height 72.5 cm; width 40 cm&quot;.</extracomment>
        <translation>{dimension} {value}&#xa0;{unit}</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>objets</translation>
    </message>
    <message>
        <source>damage reports</source>
        <translation>constats de dommages</translation>
    </message>
    <message>
        <source>site reports</source>
        <translation>constats de site</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Écriture du paquet</translation>
    </message>
    <message>
        <source>Merging the records</source>
        <translation>Fusion des fiches</translation>
    </message>
    <message>
        <source>Storing the photos</source>
        <translation>Enregistrement des photos</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>Vérification du paquet</translation>
    </message>
    <message>
        <source>Exporting the objects</source>
        <translation>Exportation des objets</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Écriture du rapport</translation>
    </message>
    <message>
        <source>{target}: reading receipts</source>
        <extracomment>What each stage says while it runs (the task contract&apos;s label; ``{target}``: its name).</extracomment>
        <translation>{target}&#xa0;: lecture des accusés de réception</translation>
    </message>
    <message>
        <source>{target}: picking up bundles</source>
        <translation>{target}&#xa0;: récupération des paquets</translation>
    </message>
    <message>
        <source>{target}: writing a bundle</source>
        <translation>{target}&#xa0;: écriture d’un paquet</translation>
    </message>
    <message>
        <source>{target}: copying bundles</source>
        <translation>{target}&#xa0;: copie des paquets</translation>
    </message>
    <message>
        <source>{target}: removing acknowledged bundles</source>
        <translation>{target}&#xa0;: retrait des paquets dont la réception est confirmée</translation>
    </message>
    <message>
        <source>{target}: listing what the target holds</source>
        <extracomment>What a step inside a stage says instead (``SyncProgress.step``): the stage stays the phase, so a bar over the stages keeps its place while the label says what is being done.</extracomment>
        <translation>{target}&#xa0;: inventaire du contenu de la cible</translation>
    </message>
    <message>
        <source>{target}: downloading a bundle</source>
        <translation>{target}&#xa0;: téléchargement d’un paquet</translation>
    </message>
    <message>
        <source>{target}: verifying a bundle</source>
        <translation>{target}&#xa0;: vérification d’un paquet</translation>
    </message>
    <message>
        <source>{target}: importing a bundle</source>
        <translation>{target}&#xa0;: importation d’un paquet</translation>
    </message>
    <message>
        <source>{target}: keeping a refused file in quarantine</source>
        <translation>{target}&#xa0;: mise en quarantaine d’un fichier refusé</translation>
    </message>
    <message>
        <source>{target}: uploading bundles</source>
        <translation>{target}&#xa0;: envoi des paquets</translation>
    </message>
    <message>
        <source>hashing the archive&apos;s photos</source>
        <translation>calcul des empreintes des photos de l’archive</translation>
    </message>
    <message>
        <source>updating the archive&apos;s search</source>
        <translation>mise à jour de la recherche de l’archive</translation>
    </message>
    <message>
        <source>possible duplicates</source>
        <translation>doublons possibles</translation>
    </message>
    <message>
        <source>check</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>Updating this vault for the new version of FieldKit (once only)…</source>
        <translation>Mise à jour du coffre pour la nouvelle version de FieldKit (une seule fois)…</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; is not answering; trying again in {seconds} s (attempt {attempt} of {attempts})…</source>
        <translation>La cible de synchronisation «&#xa0;{name}&#xa0;» ne répond pas&#xa0;; nouvel essai dans {seconds}&#xa0;s (tentative {attempt} sur {attempts})…</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Damage report</source>
        <translation>Constat de dommages</translation>
    </message>
    <message>
        <source>Earlier reports on this object: {reports}.</source>
        <translation>Constats antérieurs sur cet objet&#xa0;: {reports}.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Dommages</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>DAMAGE REPORT</source>
        <translation>CONSTAT DE DOMMAGES</translation>
    </message>
    <message>
        <source>no inventory number</source>
        <translation>pas de numéro d’inventaire</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>{title} (object deleted)</source>
        <translation>{title} (objet supprimé)</translation>
    </message>
    <message>
        <source>This object was deleted from the vault; its damage report is kept and printed as it was recorded.</source>
        <translation>Cet objet a été supprimé du coffre&#xa0;; son constat de dommages est conservé et imprimé tel qu’il a été enregistré.</translation>
    </message>
    <message>
        <source>Object not in this vault</source>
        <translation>Objet absent de ce coffre</translation>
    </message>
    <message>
        <source>site not recorded</source>
        <translation>site non renseigné</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Site&#xa0;: {site}</translation>
    </message>
    <message>
        <source>No photograph</source>
        <translation>Pas de photographie</translation>
    </message>
    <message>
        <source>No photographs are attached to this damage report.</source>
        <translation>Aucune photographie n’est jointe à ce constat.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>This report has conflicting edits not yet resolved; the automatic merge is printed.</source>
        <translation>Ce constat a des modifications en conflit non résolues&#xa0;; la fusion automatique est imprimée.</translation>
    </message>
    <message>
        <source>Record {id} · revision {revision}</source>
        <translation>Fiche {id} · révision {revision}</translation>
    </message>
    <message>
        <source>Evacuation and inventory list</source>
        <translation>Liste d’évacuation et d’inventaire</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballé</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation>N° d’inventaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>{item} is deleted but still in a container: its label is printed; restore it from its history (fieldkit object show {id} --history) or take it out of the container.</source>
        <translation>{item} est supprimé mais toujours dans un contenant&#xa0;: son étiquette est imprimée&#xa0;; rétablissez-le depuis son historique (fieldkit object show {id} --history) ou sortez-le du contenant.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>en trop</translation>
    </message>
    <message>
        <source>received, not in its container</source>
        <translation>reçu, hors de son contenant</translation>
    </message>
    <message>
        <source>Inventory no. / code</source>
        <translation>N° d’inventaire / code</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(absent de ce coffre)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>{role}:  name {line}   signature {line}   date {date}</source>
        <translation>{role}&#xa0;:  nom {line}   signature {line}   date {date}</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>en transit</translation>
    </message>
    <message>
        <source>{title} — {code}</source>
        <translation>{title} — {code}</translation>
    </message>
    <message>
        <source>{kind} · {items} · to travel inside it</source>
        <translation>{kind} · {items} · à placer à l’intérieur</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>Se trouve à</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Emballé par</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>{state} · {reason} · movement {id}</source>
        <translation>{state} · {reason} · mouvement {id}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Expected {expected} · received {received} · missing {missing} · extra {extra}</source>
        <translation>Attendus {expected} · reçus {received} · manquants {missing} · en trop {extra}</translation>
    </message>
    <message numerus="yes">
        <source>In transit: %n item(s) expected</source>
        <translation>
            <numerusform>En transit&#xa0;: %n élément attendu</numerusform>
            <numerusform>En transit&#xa0;: %n éléments attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Expédié par</translation>
    </message>
    <message>
        <source>{objects} in {containers}</source>
        <translation>{objects} dans {containers}</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n contenant</numerusform>
            <numerusform>%n contenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Permission no. {number}</source>
        <translation>Autorisation n° {number}</translation>
    </message>
    <message>
        <source>The persons named below are authorised to remove the objects listed from the premises of the institution and to take them to the destination stated.</source>
        <translation>Les personnes nommées ci-dessous sont autorisées à sortir les objets énumérés des locaux de l’institution et à les transporter jusqu’à la destination indiquée.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Authorised by (custodian)</source>
        <translation>Autorisé par (responsable des collections)</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Chef d’équipe</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Number of objects</source>
        <translation>Nombre d’objets</translation>
    </message>
    <message>
        <source>Place of departure</source>
        <translation>Lieu de départ</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>Time of departure</source>
        <translation>Heure de départ</translation>
    </message>
    <message>
        <source>Destination (with coordinates)</source>
        <translation>Destination (avec coordonnées)</translation>
    </message>
    <message>
        <source>Custodian (authorising)</source>
        <translation>Responsable des collections (qui autorise)</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>Agent réceptionnaire</translation>
    </message>
    <message>
        <source>fingerprint {fingerprint}</source>
        <translation>empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Custody transfer {id}</source>
        <translation>Transfert de garde {id}</translation>
    </message>
    <message>
        <source>Accepted: signed by both parties&apos; keys</source>
        <translation>Acceptée&#xa0;: signée par les clés des deux parties</translation>
    </message>
    <message>
        <source>Not yet accepted by the receiver</source>
        <translation>Pas encore acceptée par le destinataire</translation>
    </message>
    <message>
        <source>Accepted by (key)</source>
        <translation>Accepté par (clé)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Last damage</source>
        <translation>Dernier dommage</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <source>status {values}</source>
        <translation>statut {values}</translation>
    </message>
    <message>
        <source>salvage priority {values}</source>
        <translation>priorité de sauvetage {values}</translation>
    </message>
    <message>
        <source>Filters: none (every object in the vault).</source>
        <translation>Filtres&#xa0;: aucun (tous les objets du coffre).</translation>
    </message>
    <message>
        <source>Filters: {filters}.</source>
        <translation>Filtres&#xa0;: {filters}.</translation>
    </message>
    <message>
        <source>Locations are left out; free-text fields (titles, types) are not scrubbed of place names.</source>
        <translation>Les emplacements sont omis&#xa0;; les champs libres (titres, types) ne sont pas expurgés des noms de lieux.</translation>
    </message>
    <message>
        <source>priority {number}: {count}</source>
        <translation>priorité {number}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>not set: {count}</source>
        <translation>non définie&#xa0;: {count}</translation>
    </message>
    <message>
        <source>with a photograph: {count}</source>
        <translation>avec photographie&#xa0;: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvage priority: {meanings}.</source>
        <translation>Priorité de sauvetage&#xa0;: {meanings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institution</numerusform>
            <numerusform>%n institutions</numerusform>
        </translation>
    </message>
    <message>
        <source>institution not recorded</source>
        <translation>institution non renseignée</translation>
    </message>
    <message>
        <source>(unnamed vault)</source>
        <translation>(coffre sans nom)</translation>
    </message>
    <message>
        <source>Prepared by {vault} on {date} · identity {fingerprint}</source>
        <translation>Préparé par {vault} le {date} · identité {fingerprint}</translation>
    </message>
    <message>
        <source>Total: {totals}</source>
        <translation>Total&#xa0;: {totals}</translation>
    </message>
    <message>
        <source>No object matches these filters.</source>
        <translation>Aucun objet ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Packed: ________ of {count}</source>
        <translation>Emballés&#xa0;: ________ sur {count}</translation>
    </message>
    <message>
        <source>Checked by: {line}    Date: {date}    Signature: {line}</source>
        <translation>Vérifié par&#xa0;: {line}    Date&#xa0;: {date}    Signature&#xa0;: {line}</translation>
    </message>
    <message>
        <source>printed {date} by FieldKit {version}, no vault opened</source>
        <translation>imprimé le {date} par FieldKit {version}, aucun coffre ouvert</translation>
    </message>
    <message>
        <source>printed {date} by {name}, identity {fingerprint}</source>
        <translation>imprimé le {date} par {name}, identité {fingerprint}</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>page {number} sur {total}</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (suite)</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation>Constats de dommages</translation>
    </message>
    <message>
        <source>OBJECT ID</source>
        <translation>OBJECT ID</translation>
    </message>
    <message>
        <source>No photograph of this object is recorded</source>
        <translation>Aucune photographie de cet objet n’est enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n more photograph(s) are recorded in the vault.</source>
        <translation>
            <numerusform>%n autre photographie est enregistrée dans le coffre.</numerusform>
            <numerusform>%n autres photographies sont enregistrées dans le coffre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Object ID complete: {done} of {total} — the {categories} Object ID categories and an overall photograph are recorded.</source>
        <translation>Object ID complet&#xa0;: {done} sur {total} — les {categories} catégories Object ID et une photographie d’ensemble sont enregistrées.</translation>
    </message>
    <message>
        <source>Object ID incomplete: {done} of {total} — missing: {names}.</source>
        <translation>Object ID incomplet&#xa0;: {done} sur {total} — manque&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>This record has conflicting edits not yet resolved; the automatic merge is printed.</source>
        <translation>Cette fiche a des modifications en conflit non résolues&#xa0;; la fusion automatique est imprimée.</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier damage report(s) are recorded in the vault.</source>
        <translation>
            <numerusform>%n constat de dommages antérieur est enregistré dans le coffre.</numerusform>
            <numerusform>%n constats de dommages antérieurs sont enregistrés dans le coffre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle verification certificate</source>
        <translation>Certificat de vérification de paquet</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>trusted (the verifying vault&apos;s own key)</source>
        <translation>de confiance (clé propre du coffre vérificateur)</translation>
    </message>
    <message>
        <source>unknown: no key to check the signature with was available</source>
        <translation>inconnu&#xa0;: aucune clé n’était disponible pour vérifier la signature</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>RÉVOQUÉ</translation>
    </message>
    <message>
        <source>NOT VALID: this bundle failed verification</source>
        <translation>NON VALIDE&#xa0;: ce paquet a échoué à la vérification</translation>
    </message>
    <message>
        <source>VALID: complete, untampered, and signed by a trusted key</source>
        <translation>VALIDE&#xa0;: complet, intact et signé par une clé de confiance</translation>
    </message>
    <message>
        <source>VALID, BUT THE SIGNER IS NOT TRUSTED: intact, signed by an untrusted or unknown key</source>
        <translation>VALIDE, MAIS LE SIGNATAIRE N’EST PAS DE CONFIANCE&#xa0;: intact, signé par une clé inconnue ou non fiable</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>not trusted: the key is not in the trust store and no identity card given for the check matches</source>
        <translation>pas de confiance&#xa0;: la clé n’est pas dans le magasin de confiance et aucune carte d’identité donnée pour la vérification ne correspond</translation>
    </message>
    <message>
        <source>everything (full)</source>
        <translation>tout (complet)</translation>
    </message>
    <message>
        <source>changes (delta)</source>
        <translation>modifications (delta)</translation>
    </message>
    <message>
        <source>redacted snapshot, for reading only</source>
        <translation>instantané expurgé, en lecture seule</translation>
    </message>
    <message>
        <source>NOT VALID: this file is not a FieldKit bundle</source>
        <translation>NON VALIDE&#xa0;: ce fichier n’est pas un paquet FieldKit</translation>
    </message>
    <message>
        <source>NOT VERIFIED: this bundle was made by a newer FieldKit; update FieldKit to verify it</source>
        <translation>NON VÉRIFIÉ&#xa0;: ce paquet a été créé par une version plus récente de FieldKit&#xa0;; mettez FieldKit à jour pour le vérifier</translation>
    </message>
    <message>
        <source>INTACT, SIGNATURE NOT CHECKED: complete and unchanged, but the signer&apos;s key is not known here</source>
        <translation>INTACT, SIGNATURE NON VÉRIFIÉE&#xa0;: complet et inchangé, mais la clé du signataire est inconnue ici</translation>
    </message>
    <message>
        <source>the identity card given for the check ({file})</source>
        <translation>la carte d’identité donnée pour la vérification ({file})</translation>
    </message>
    <message>
        <source>the minisign public key given for the check ({file})</source>
        <translation>la clé publique minisign donnée pour la vérification ({file})</translation>
    </message>
    <message>
        <source>the verifying vault&apos;s own identity</source>
        <translation>l’identité propre du coffre vérificateur</translation>
    </message>
    <message>
        <source>the trust store of the verifying vault</source>
        <translation>le magasin de confiance du coffre vérificateur</translation>
    </message>
    <message>
        <source>the outer signature was checked and is valid</source>
        <translation>la signature externe a été vérifiée et est valide</translation>
    </message>
    <message>
        <source>the outer signature was checked and is NOT valid</source>
        <translation>la signature externe a été vérifiée et n’est PAS valide</translation>
    </message>
    <message>
        <source>the outer signature could not be checked: the signer&apos;s key is not known here</source>
        <translation>la signature externe n’a pas pu être vérifiée&#xa0;: la clé du signataire est inconnue ici</translation>
    </message>
    <message>
        <source>the outer signature was not checked</source>
        <translation>la signature externe n’a pas été vérifiée</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked; {signature}.</source>
        <translation>La structure, l’exhaustivité et l’intégrité ont été vérifiées&#xa0;; {signature}.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity card(s)</source>
        <translation>
            <numerusform>%n carte d’identité</numerusform>
            <numerusform>%n cartes d’identité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n événement d’audit</numerusform>
            <numerusform>%n événements d’audit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation notice(s)</source>
        <translation>
            <numerusform>%n avis de révocation</numerusform>
            <numerusform>%n avis de révocation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not inspected: the file is not a FieldKit bundle.</source>
        <translation>Non inspecté&#xa0;: le fichier n’est pas un paquet FieldKit.</translation>
    </message>
    <message>
        <source>Not inspected: the bundle was made by a newer FieldKit.</source>
        <translation>Non inspecté&#xa0;: le paquet a été créé par une version plus récente de FieldKit.</translation>
    </message>
    <message>
        <source>Inspected.</source>
        <translation>Inspecté.</translation>
    </message>
    <message>
        <source>Inspected: {counts}.</source>
        <translation>Inspecté&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Encrypted content not inspected: no key of a recipient was given (a recipient can inspect it by verifying the bundle with their vault open).</source>
        <translation>Contenu chiffré non inspecté&#xa0;: aucune clé de destinataire n’a été donnée (un destinataire peut l’inspecter en vérifiant le paquet avec son coffre ouvert).</translation>
    </message>
    <message>
        <source>Encrypted content not inspected: no key of a recipient was given (a recipient can inspect it with --vault).</source>
        <translation>Contenu chiffré non inspecté&#xa0;: aucune clé de destinataire n’a été donnée (un destinataire peut l’inspecter avec --vault).</translation>
    </message>
    <message>
        <source>Not inspected: the content is only inspected once the outside is valid.</source>
        <translation>Non inspecté&#xa0;: le contenu n’est inspecté que si l’extérieur est valide.</translation>
    </message>
    <message>
        <source>Not inspected: the signer&apos;s key is not known, so the content could not be trusted.</source>
        <translation>Non inspecté&#xa0;: la clé du signataire est inconnue, le contenu ne pouvait donc pas être fiable.</translation>
    </message>
    <message>
        <source>Anyone can repeat the outer checks with standard tools, in the folder that holds the .fkb file:</source>
        <translation>Chacun peut refaire les vérifications externes avec des outils standard, dans le dossier qui contient le fichier .fkb&#xa0;:</translation>
    </message>
    <message>
        <source>Anyone can repeat the outer checks with standard tools, in the folder that holds the .fkb file and the signer&apos;s minisign public key (from their identity card) saved as {file}:</source>
        <translation>Chacun peut refaire les vérifications externes avec des outils standard, dans le dossier qui contient le fichier .fkb et la clé publique minisign du signataire (tirée de sa carte d’identité) enregistrée sous {file}&#xa0;:</translation>
    </message>
    <message>
        <source>VERIFICATION CERTIFICATE</source>
        <translation>CERTIFICAT DE VÉRIFICATION</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>Le paquet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>SHA-256 du fichier</translation>
    </message>
    <message>
        <source>not computed (the file cannot be read)</source>
        <translation>non calculé (le fichier est illisible)</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Identifiant du paquet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>plain (not encrypted)</source>
        <translation>en clair (non chiffré)</translation>
    </message>
    <message>
        <source>not a FieldKit bundle</source>
        <translation>pas un paquet FieldKit</translation>
    </message>
    <message>
        <source>{name} (from {source})</source>
        <translation>{name} (d’après {source})</translation>
    </message>
    <message>
        <source>Not named: the signer is in no trust store used here and no identity card given for the check names them. A name written inside a bundle is only the sender&apos;s claim and is not printed.</source>
        <translation>Non nommé&#xa0;: le signataire n’est dans aucun magasin de confiance utilisé ici et aucune carte d’identité donnée pour la vérification ne le nomme. Un nom écrit dans un paquet n’est que l’affirmation de l’expéditeur et n’est pas imprimé.</translation>
    </message>
    <message>
        <source>not checked: the signer&apos;s key is not known here</source>
        <translation>non vérifiée&#xa0;: la clé du signataire est inconnue ici</translation>
    </message>
    <message>
        <source>none: the file is not a FieldKit bundle</source>
        <translation>aucune&#xa0;: le fichier n’est pas un paquet FieldKit</translation>
    </message>
    <message>
        <source>FieldKit {version} on {system}, in the vault of {name} (identity {fingerprint})</source>
        <translation>FieldKit {version} sur {system}, dans le coffre de {name} (identité {fingerprint})</translation>
    </message>
    <message>
        <source>Trusted keys given for the check</source>
        <translation>Clés de confiance données pour la vérification</translation>
    </message>
    <message>
        <source>The signer</source>
        <translation>Le signataire</translation>
    </message>
    <message>
        <source>Sender&apos;s stream</source>
        <translation>Flux de l’expéditeur</translation>
    </message>
    <message>
        <source>Epoch (since the sender&apos;s last restore)</source>
        <translation>Époque (depuis la dernière restauration de l’expéditeur)</translation>
    </message>
    <message>
        <source>Sequence in that epoch</source>
        <translation>Séquence dans cette époque</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Minisign key id</source>
        <translation>Identifiant de clé minisign</translation>
    </message>
    <message>
        <source>Minisign public key</source>
        <translation>Clé publique minisign</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Outer signature</source>
        <translation>Signature externe</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>not valid or not checked (see the problems below)</source>
        <translation>non valide ou non vérifiée (voir les problèmes ci-dessous)</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Ce qui a été vérifié</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>Fichiers vérifiés</translation>
    </message>
    <message>
        <source>Bytes checked</source>
        <translation>Octets vérifiés</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Problem {number}</source>
        <translation>Problème {number}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>an unknown system</source>
        <translation>un système inconnu</translation>
    </message>
    <message>
        <source>FieldKit {version} on {system}, no vault opened</source>
        <translation>FieldKit {version} sur {system}, aucun coffre ouvert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>latitude</source>
        <translation>la latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>la longitude</translation>
    </message>
    <message>
        <source>value</source>
        <translation>la valeur</translation>
    </message>
    <message>
        <source>score</source>
        <translation>le score</translation>
    </message>
    <message>
        <source>object records</source>
        <translation>fiches d’objet</translation>
    </message>
    <message>
        <source>damage reports</source>
        <translation>constats de dommages</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>emplacements</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>contenants</translation>
    </message>
    <message>
        <source>movements</source>
        <translation>mouvements</translation>
    </message>
    <message>
        <source>handovers</source>
        <translation>remises</translation>
    </message>
    <message>
        <source>duplicate decisions</source>
        <translation>décisions sur les doublons</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>En réserve</translation>
    </message>
    <message>
        <source>Evacuated</source>
        <translation>Évacué</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>En prêt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Disparu</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Volé</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruit</translation>
    </message>
    <message>
        <source>Armed conflict</source>
        <translation>Conflit armé</translation>
    </message>
    <message>
        <source>Looting</source>
        <translation>Pillage</translation>
    </message>
    <message>
        <source>Vandalism</source>
        <translation>Vandalisme</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Feu</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Inondation</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>Séisme</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Tempête</translation>
    </message>
    <message>
        <source>Structural failure</source>
        <translation>Défaillance structurelle</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Négligence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Physical forces</source>
        <translation>Forces physiques</translation>
    </message>
    <message>
        <source>Thieves and vandals</source>
        <translation>Criminels</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Pests</source>
        <translation>Ravageurs</translation>
    </message>
    <message>
        <source>Pollutants</source>
        <translation>Polluants</translation>
    </message>
    <message>
        <source>Light, UV and IR</source>
        <translation>Lumière, ultraviolet et infrarouge</translation>
    </message>
    <message>
        <source>Incorrect temperature</source>
        <translation>Température inadéquate</translation>
    </message>
    <message>
        <source>Incorrect relative humidity</source>
        <translation>Humidité relative inadéquate</translation>
    </message>
    <message>
        <source>Dissociation</source>
        <translation>Dissociation</translation>
    </message>
    <message>
        <source>Breakage</source>
        <translation>Cassure</translation>
    </message>
    <message>
        <source>Loss of parts</source>
        <translation>Perte d’éléments</translation>
    </message>
    <message>
        <source>Deformation</source>
        <translation>Déformation</translation>
    </message>
    <message>
        <source>Cracking</source>
        <translation>Fissuration</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Brûlure</translation>
    </message>
    <message>
        <source>Soot</source>
        <translation>Suie</translation>
    </message>
    <message>
        <source>Water stain</source>
        <translation>Tache d’eau</translation>
    </message>
    <message>
        <source>Mould</source>
        <translation>Moisissures</translation>
    </message>
    <message>
        <source>Corrosion</source>
        <translation>Corrosion</translation>
    </message>
    <message>
        <source>Abrasion</source>
        <translation>Abrasion</translation>
    </message>
    <message>
        <source>Bullet or shrapnel impact</source>
        <translation>Impact de balle ou d’éclat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>Localisé</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Extensive</source>
        <translation>Étendu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Immédiate</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Overall view</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Dommage</translation>
    </message>
    <message>
        <source>With scale</source>
        <translation>Avec échelle</translation>
    </message>
    <message>
        <source>Field conservator</source>
        <translation>Restaurateur de terrain</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>1 – save first</source>
        <translation>1 – à sauver en premier</translation>
    </message>
    <message>
        <source>2 – high</source>
        <translation>2 – élevée</translation>
    </message>
    <message>
        <source>3 – medium</source>
        <translation>3 – moyenne</translation>
    </message>
    <message>
        <source>4 – low</source>
        <translation>4 – faible</translation>
    </message>
</context>
</TS>
