# Pools in French: Forming the legal entity, and Floods.
# Every key here is in the other languages too.

## Constituer l'entité juridique

formation-title = Entité juridique de { $pool }
formation-heading = Entité juridique
formation-status-informal = Caisse informelle
formation-status-becoming = Caisse informelle, en passe de devenir { $name } ({ $status })
formation-status-active = { $name } ({ $form }, numéro d'enregistrement { $number })
formation-hint = Pools rédige les documents à partir des règles que votre caisse applique : les deux disent donc toujours la même chose. Rien ici n'est un conseil juridique : faites relire les documents par un avocat habilité dans l'État avant de les signer ou de les déposer.
formation-checklist = Étapes de la constitution
formation-step-drafting = Rédaction
formation-step-signing = Signatures
formation-step-ready-to-file = Prête pour le dépôt
formation-step-filed = Déposée
formation-step-ein-recorded = EIN enregistré
formation-step-active = Active
formation-step-done = (fait)
formation-form-delaware-llc = LLC du Delaware avec un contrat d'exploitation coopératif
formation-form-colorado-lca = Coopérative du Colorado (Limited Cooperative Association)
formation-entity = { $name }, { $form }.
formation-entity-filed = { $name }, { $form }. Déposée le { $date }, numéro d'enregistrement { $number }.
formation-documents = Documents, version { $version }
formation-signed-by = Signé par { $names }.
formation-still-to-sign = Doivent encore signer : { $names }.
formation-you-signed = vous avez signé
formation-read-and-sign = Lire et signer
formation-earlier = { $count ->
    [one] { $count } signature sur des versions antérieures reste au registre, rattachée à ces versions.
   *[other] { $count } signatures sur des versions antérieures restent au registre, rattachées à ces versions.
  }
formation-drafts = Projets de documents
formation-drafts-hint = Lisez-les en l'état ; ils sont générés pour signature quand vous lancez les signatures.
formation-next = Prochaine étape
formation-next-drafting = Quand les informations ci-dessous sont justes, générez les documents et envoyez-les pour signature. Les informations ne pourront plus changer ensuite.
formation-start-signing = Lancer les signatures
formation-all-signed = Tout le monde a signé la version { $version }.
formation-mark-ready = Marquer comme prête pour le dépôt
formation-waiting = Chaque membre signe les contrats et un fondateur ou une fondatrice signe le dossier de constitution avant qu'il puisse être déposé.
formation-file-it = Déposez le dossier signé auprès de : { $office }, { $address }. Les frais de dépôt sont de { $fee } (vérifiez-les avant de payer). Enregistrez ensuite ce que l'État vous a renvoyé.
formation-filed-on = Date du dépôt (AAAA-MM-JJ)
formation-file-number = Numéro d'enregistrement de l'État
formation-record-filing = Enregistrer le dépôt
formation-ein-hint = Demandez à l'IRS un numéro d'identification d'employeur (EIN, formulaire SS-4), puis enregistrez-le.
formation-ein = EIN (NN-NNNNNNN)
formation-record-ein = Enregistrer l'EIN
formation-bank-hint = Une fois le compte bancaire ouvert au nom de l'entité, marquez-la comme active.
formation-activate = Marquer l'entité comme active
formation-is-active = L'entité est active. Tenez à jour ses obligations ci-dessous.
formation-duties = Obligations après le dépôt
formation-duties-caption = Obligations récurrentes et leurs échéances
formation-duty = Obligation
formation-due = Échéance
formation-fee = Frais
formation-if-late = En cas de retard
formation-details-heading = Les informations qu'indiquent les documents
formation-start = Commencer la constitution
formation-annual = { $duty } : { $fee }, échéance chaque année le { $day } (MM-JJ)
formation-annual-anniversary = { $duty } : { $fee }, échéance chaque année à la fin du mois où l'entité a été déposée
formation-facts = Frais et informations de dépôt : { $annual }. Le dépôt coûte { $fee }. Ce sont des valeurs de configuration ; vérifiez-les auprès de l'État.
formation-legal-form = Forme juridique
formation-legal-name = Dénomination légale
formation-legal-name-hint = Le nom d'une LLC se termine par « LLC » ; celui d'une coopérative du Colorado par « Limited Cooperative Association ».
formation-agent-name = Agent enregistré (registered agent)
formation-agent-address = Bureau enregistré (adresse physique dans l'État)
formation-principal-office = Établissement principal
formation-mailing-address = Adresse postale (si elle est différente)
formation-organizers = Fondateurs et fondatrices (qui signent le dossier de constitution)
formation-organizer-name = Fondateur ou fondatrice { $n } : nom complet
formation-postal-address = Adresse postale
formation-purpose = Objet
formation-social-purpose = Objet social (le bien qu'elle fait au-delà de ses membres)
formation-fiscal-year-end = Fin de l'exercice (MM-JJ)
formation-save = Enregistrer les informations
formation-none = Aucune constitution n'a commencé. Un organisateur ou une organisatrice de la caisse peut en commencer une ici.
formation-versions = Versions
formation-version-line = Version { $version }, { $date } : { $reason }
formation-reason-signing = Signatures lancées.
formation-reason-rules = Les règles ont changé par la décision « { $title } ».
formation-saved = Les informations sont enregistrées. Lisez les projets de documents, puis lancez les signatures.
formation-signing-started = Les documents sont générés et envoyés pour signature.
formation-now-at = La constitution en est maintenant à l'étape « { $status } ».
formation-signed-flash = Vous avez signé la version { $version } du document « { $title } ». Votre signature enregistre le SHA-256 { $hash }.

## La page d'un document, et sa signature (le document reste en anglais)

formation-not-legal-advice = Ceci n'est pas un conseil juridique.
formation-notice = Ce document a été généré par le logiciel Pools à partir des règles choisies par ses membres. Ce n'est pas un conseil juridique. Faites-le relire par un avocat habilité dans l'État avant de le signer ou de le déposer.
formation-draft-preview = Aperçu du projet, pas encore généré pour signature
formation-version = Version { $version }
formation-version-earlier = Version { $version } (une version antérieure)
formation-mismatch = Le texte écrit aujourd'hui diffère de celui enregistré pour cette version (SHA-256 enregistré : { $hash }). Le logiciel qui rédige les documents a changé depuis ; les signatures restent liées à l'empreinte enregistrée.
formation-signed-heading = Signatures
formation-signature = { $name }, le { $when }
formation-you-signed-version = Vous avez signé cette version.
formation-sign-version = Signer la version { $version }
formation-sign-hint = Votre signature enregistre votre identité, l'heure et le SHA-256 ci-dessus. Si les règles changent plus tard, une nouvelle version est générée et il vous sera demandé de la signer aussi.
formation-typed-name = Saisissez votre nom complet
formation-confirm = J'ai lu ce document et je le signe.
formation-sign = Signer

## La page d'un Flood

flood-dissolved = dissous
flood-active = actif
flood-what = Un Flood : des caisses qui travaillent ensemble sur un projet commun.
flood-double-majority = Les décisions demandent une majorité des personnes et une majorité des caisses membres.
flood-people-vote = Les décisions se prennent au vote des personnes.
flood-in-fund = Solde du fonds
flood-authorized = Autorisé, pas encore payé
flood-available = Disponible à dépenser
flood-fund-link = Le fonds : chaque écriture, et les paiements à effectuer
flood-agreement-link = Le contrat de projet commun : le lire et le signer
flood-pools = Caisses membres
flood-chart-title = Engagements envers { $name }
flood-chart-unit = { $currency }, sans décimales
flood-pools-caption = Caisses membres de { $name }
flood-pool = Caisse
flood-committed = Montant engagé
flood-status = Statut
flood-member = membre
flood-left = partie, en emportant { $amount }
flood-invite = Pour inviter une autre caisse, partagez cette page : { $url }. Ses membres décident d'adhérer par une proposition dans leur propre caisse (« Rejoindre un Flood », avec l'identifiant de ce Flood, { $id }, et ce qu'ils et elles engagent). Une caisse part de la même façon, avec sa part de ce dont le Flood dispose.
flood-decisions = Décisions
flood-decisions-hint = Chaque personne d'une caisse membre vote une seule fois, quel que soit le nombre de caisses membres dont elle fait partie.
flood-propose = Poser une question au Flood
flood-no-decisions = Pas encore de décision.
flood-rules = Les règles du Flood

## Le contrat de projet commun d'un Flood (le contrat reste en anglais)

flood-nobody-signed = Personne n'a encore signé cette version.
flood-earlier = { $count ->
    [one] { $count } signature sur des versions antérieures reste au registre, rattachée à ces versions.
   *[other] { $count } signatures sur des versions antérieures restent au registre, rattachées à ces versions.
  }
flood-sign-hint = Votre signature enregistre votre identité, l'heure et le SHA-256 ci-dessus. Quand une caisse adhère, part ou ajoute des fonds, une nouvelle version suit.
flood-confirm = J'ai lu ce contrat et je le signe.
flood-signed = Vous avez signé cette version du contrat de projet commun.
