# Les messages de Recoupe en français. Chaque message figure aussi dans en.ftl, avec
# les mêmes variables (un test le vérifie). Preuves et chiffres sont cités tels quels.

## Diagnostics (une ligne chacun ; « » encadre les mots du brouillon)

supported = « { $name } » : confirmé par { $sources }.
contradicted = Les sources contredisent « { $name } » : elles donnent { $values }.
disputed = Les sources divergent sur « { $name } » : { $values }.
unattributed = « { $name } » est présenté comme un fait, mais les sources l'attribuent : { $who } ({ $sources }).
unsupported = Aucune source ne confirme « { $name } ».
unsupported-no-figure = Aucune source ne donne de chiffre à ce sujet : rien dans le corpus n'étaye « { $name } ».
outdated = « { $name } » n'est plus à jour : { $then } était le chiffre du { $day_then } ({ $source_then }) ; le { $day_now }, les sources donnaient { $now } ({ $source_now }).
outdated-later = « { $name } » n'est plus à jour : des sources plus récentes donnent un autre chiffre.
according-to = , selon { $who }
weekday-wrong = « { $name } » : en { $year }, le { $day } { $month } tombe un { $actual }, pas un { $written }.
title-contradicted = Pour les sources, « { $person } » n'est pas « { $title } » : { $titles }.
title-given-to = Les sources donnent ici « { $title } » à { $person }.
title-swapped = « { $name } » : les sources donnent ici ce titre à { $holder } ({ $source }) ; { $person } y est { $known_as }.
quote-found = La citation figure mot pour mot dans { $sources }.
misquoted = Les mots de la source sont « { $words } » ({ $source }).
quote-unsupported = Aucune source ne contient ces mots.
quote-translated = citation traduite ; la source disait « { $words } » ({ $source }).

## Corrections et actions

fix-replace = Remplacer par « { $value } » ({ $source })
fix-replace-calendar = Remplacer par « { $value } » (calendrier)
fix-quote = Citer la source : « { $words } » ({ $source })
action-attribute = Attribuer : { $words }
action-cite = Insérer la référence : { $file }
action-ignore = Ignorer cette affirmation (recoupe-ignore)

## Verdicts, tels que comptés dans un bilan

verdict-supported = { $count ->
        [one] confirmé
       *[other] confirmés
    }
verdict-contradicted = { $count ->
        [one] contredit
       *[other] contredits
    }
verdict-disputed = { $count ->
        [one] contesté
       *[other] contestés
    }
verdict-unattributed = { $count ->
        [one] non attribué
       *[other] non attribués
    }
verdict-misquoted = { $count ->
        [one] citation inexacte
       *[other] citations inexactes
    }
verdict-outdated = { $count ->
        [one] dépassé
       *[other] dépassés
    }
verdict-unsupported = { $count ->
        [one] non étayé
       *[other] non étayés
    }

## Le terminal

summary-head = { $findings } { $findings ->
        [one] constat
       *[other] constats
    } dans { $files } { $files ->
        [one] fichier
       *[other] fichiers
    }
summary = { $head } : { $counts }
help-attribute = l'attribuer à { $who }
or = ou
label-source = source : { $value }

## Survols

hover-disputed = Les sources divergent :
hover-no-speaker = non attribué
hover-no-source = Aucune source du corpus n'en parle.
hover-agrees = Concorde
hover-disagrees = Dit autre chose
hover-timeline = Chronologie, du plus ancien au plus récent :
hover-timeline-columns = | jour | valeur | qui | source | |
hover-mark-draft = la valeur du brouillon
hover-mark-latest = la plus récente
cite-line = ligne { $line }
# Where a source's evidence stands: a line of a text file, a page of a PDF, a paragraph of a Word file or a web page.
place-line = ligne { $n }
place-page = p. { $n }
place-paragraph = § { $n }
day-front-matter = en-tête
day-updated = mis à jour
day-published = publié
day-dateline = date de la dépêche
day-file-time = date du fichier ; le texte n'en donne aucune
day-mentioned = le dernier jour que nomme le texte ; il ne donne pas sa propre date

## Les avis du serveur

corpus-loading = Recoupe : chargement du corpus
corpus-loaded = corpus chargé : { $count } { $count ->
        [one] source
       *[other] sources
    }
corpus-folder-missing = Recoupe : dossier du corpus introuvable : { $folder }
corpus-skipped = corpus : { $warning }
corpus-unreadable = corpus : impossible de lire les sources : { $error }
no-corpus = Recoupe : aucun corpus configuré pour { $folder }. Ajoutez `corpus = ["sources"]` à un { $config } dans le dossier du brouillon ou au-dessus, ou réglez `recoupe.corpus` dans l'éditeur ; d'ici là, rien n'est vérifié.
archive-down = Recoupe : l'archive { $archive } est injoignable ({ $why }) ; vérification avec les seules sources locales, nouvel essai bientôt.
archive-back = l'archive { $archive } répond de nouveau
archive-invalid = Recoupe : le réglage de l'archive est inutilisable : { $error }

## Le rapport HTML (recoupe report)

report-page-title = Rapport de vérification
report-summary = Bilan
report-claims-checked = Affirmations vérifiées
report-files = Brouillons
report-legend = Légende
report-hint = Choisissez une affirmation soulignée pour voir ses sources.
report-no-claims = Aucune affirmation vérifiable dans ce brouillon.
report-to-review = À revoir
report-evidence = Sources de l'affirmation
report-close = Fermer
report-back-to-claim = Revenir au texte
report-in-draft = Dans le brouillon
report-line = ligne
report-what-recoupe-says = Constat
report-fix = Correction proposée
report-sources = Ce que disent les sources
report-agrees = Concorde
report-says-otherwise = Dit autre chose
report-according-to = selon
report-no-source = Aucune source du corpus n'en parle.
report-timeline = Évolution du chiffre
report-day = Jour
report-value = Chiffre
report-source = Source
report-drafts-value = chiffre du brouillon
report-latest = le plus récent
report-image = image
report-generated-by = Produit par Recoupe
report-verdict-supported = confirmé
report-verdict-contradicted = contredit
report-verdict-misquoted = citation inexacte
report-verdict-outdated = dépassé
report-verdict-unattributed = non attribué
report-verdict-disputed = contesté
report-verdict-unsupported = sans source
report-meaning-supported = Une source dit la même chose.
report-meaning-contradicted = Les sources sur le même sujet disent autre chose.
report-meaning-misquoted = Une citation proche de celle d'une source, mais pas identique.
report-meaning-outdated = Un chiffre qu'une source plus récente a révisé.
report-meaning-unattributed = Présenté comme un fait, alors que les sources l'attribuent à quelqu'un.
report-meaning-disputed = Les sources ne sont pas d'accord entre elles.
report-meaning-unsupported = Rien dans le corpus n'en parle.

## Les erreurs et avertissements du terminal

cli-no-corpus = aucun corpus : passez --corpus DOSSIER, ou écrivez un { $config } avec corpus = ["sources"]
cli-corpus-missing = dossier du corpus introuvable : { $folder }
cli-skipped = ignoré : { $warning }
cli-cannot-read = impossible de lire { $file } : { $error }
cli-internal-error = erreur interne pendant la vérification de { $file } (merci de la signaler)

# Pourquoi un fichier ou un dossier est resté hors du corpus (après son chemin et deux-points).
skip-folder-not-found = dossier du corpus introuvable
skip-vanished = disparu avant d'avoir pu être lu
skip-permission-denied = permission refusée
skip-io = { $error }
skip-symlink-loop = boucle de liens symboliques (revient à { $to })
skip-broken-symlink = lien symbolique cassé
skip-unresolved-symlink = lien symbolique impossible à résoudre ({ $error })
skip-symlink-outside = lien symbolique vers { $target }, hors des dossiers du corpus : non suivi (ajoutez ce dossier à `corpus` pour le lire)
skip-not-regular = pas un fichier ordinaire
skip-too-large = trop volumineux ({ $size } Mo ; la limite est de { $limit } Mo), non lu
skip-binary = fichier binaire (contient des octets NUL)
skip-not-utf8 = pas en UTF-8 valide (à l'octet { $at })
skip-empty = fichier vide
skip-needs-reader = une page web, un PDF ou un fichier Word : lu par son lecteur, pas comme du texte
skip-not-a-page = page web illisible ({ $error })
skip-no-main-text = aucun texte d'article dans la page (seulement des menus et des liens ?)
skip-no-text = aucun texte dans le fichier
skip-scanned-pdf = PDF numérisé sans couche de texte : rien à quoi comparer (faites-en d'abord la reconnaissance de texte)
skip-encrypted-pdf = PDF chiffré (il faut un mot de passe) : non lu
skip-corrupt-pdf = PDF corrompu ou illisible ({ $error })
skip-corrupt-docx = fichier Word corrompu ou illisible ({ $error })
