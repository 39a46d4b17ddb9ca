# Messages de livret en français. Les identifiants des diagnostics sont
# ceux de la bibliothèque (`time.invalid` s'écrit ici `time-invalid`) ;
# `.expected` et `.hint` traduisent « attendu » et le conseil.

## Le cadre des messages
expected = attendu : { $what }
key = clé : { $key }
hint = conseil : { $hint }
more-of-kind = { $count } autres messages du même genre ne sont pas affichés
mistakes = erreur : { $count } erreurs trouvées dans { $file }
error = erreur
warning = avertissement

## Lire le fichier
cannot-read = erreur : impossible de lire { $file } : { $why }
why-missing = le fichier n’existe pas
why-not-a-file = ce n’est pas un fichier (un dossier, un périphérique ou un tube)
why-too-large = il fait { $size }, et un programme fait au plus { $limit } (un programme fait d’habitude quelques kilo-octets : est-ce le bon fichier ?)
hint-run-here = conseil : lancez livret dans le dossier qui contient programme.toml, ou donnez le chemin du fichier : livret build chemin/vers/programme.toml

## Construire
unknown-profile = édition inconnue « { $name } » ; les éditions sont : { $names }
options-after-command = erreur : les options s’écrivent après la commande : livret { $word } --lang fr, et non livret --lang fr { $word }
unknown-command = erreur : « { $word } » n’est ni une commande de livret ni un fichier (livret --help liste les commandes)
output-is-input = erreur : la sortie { $file } est le fichier du programme lui-même ; il n’a pas été modifié
hint-other-name = conseil : donnez un autre nom au PDF, par exemple -o out/programme.pdf
nothing-written = note : rien n’a été écrit ; { $file } n’a pas changé
nothing-written-at-all = note : rien n’a été écrit
cannot-write = erreur : impossible d’écrire { $file } : { $why }
hint-close-viewer = conseil : fermez le PDF dans votre lecteur (Acrobat, Edge…) et relancez la construction
none-replaced = note : aucun PDF n’a été remplacé ; les précédents n’ont pas changé
why-folder = c’est un dossier
why-link = c’est un lien vers un autre fichier, et livret n’écrit jamais à travers un lien
why-held = un autre programme l’utilise
why-disk-full = le disque est plein
why-read-only = le disque ou le dossier est en lecture seule
why-path-through-file = une partie du chemin est un fichier, pas un dossier
why-bad-name = le nom est trop long ou interdit sur ce disque
why-no-folder = son dossier n’a pas pu être créé
some-replaced = note : { $files } ont tout de même été remplacés (leurs anciennes versions n’ont pas pu être remises) ; les autres PDF n’ont pas changé
output-is-used = erreur : la sortie { $file } est un fichier dont le programme se sert ; il n’a pas été modifié
wrote = Écrit { $file } — { $pages ->
    [one] 1 page
   *[other] { $pages } pages
  }, { $size } Ko : { $what }
done = Terminé en { $ms } ms.
what-standard = à lire à l’écran et à envoyer par courriel
what-booklet = un livret sur { $sheets ->
    [one] 1 feuille
   *[other] { $sheets } feuilles
  } A4 — imprimer en recto verso, retourner sur le bord court, plier au milieu, agrafer
what-photocopy = en noir et blanc, à imprimer et photocopier
what-print-shop = pour l’imprimeur — fond perdu de 3 mm et traits de coupe
sheets-title = { $file } : { $pages } pages sur { $sheets ->
    [one] 1 feuille
   *[other] { $sheets } feuilles
  }, chaque face de gauche à droite :
sheets-row = feuille { $sheet } : recto { $front }, verso { $back }

## Vérifier
correct = { $file } est correct : { $days ->
    [one] 1 jour
   *[other] { $days } jours
  }, { $slots ->
    [one] 1 créneau
   *[other] { $slots } créneaux
  }.
correct-with-warnings = { $file } est correct : { $days ->
    [one] 1 jour
   *[other] { $days } jours
  }, { $slots ->
    [one] 1 créneau
   *[other] { $slots } créneaux
  } ; { $warnings ->
    [one] 1 point à revoir
   *[other] { $warnings } points à revoir
  }.

## Surveiller
watching = Surveillance du fichier { $file } ; Ctrl-C pour arrêter.
built-in = Construit en { $ms } ms ({ $since } ms après l’enregistrement).
last-good-kept = Le dernier PDF correct n’a pas changé. Corrigez le fichier et enregistrez à nouveau.
stopped = Surveillance arrêtée.
cannot-watch = erreur : impossible de surveiller les fichiers : { $why }
cannot-watch-folder = avertissement : impossible de surveiller { $folder } : { $why }

## Exporter
export-wrote = Écrit { $file }
hint-other-export = conseil : donnez un autre nom à l’export, par exemple -o out/programme.{ $ext }
cannot-write-stdout = erreur : impossible d’écrire sur la sortie standard : { $why }
previous-unchanged = note : le fichier précédent, s’il existait, n’a pas changé

## Diagnostics de la bibliothèque
file-too-large = ce fichier fait { $size } ; un programme fait au plus { $limit }
    .hint = vérifiez que c’est le bon fichier : un programme fait d’habitude quelques kilo-octets
file-not-utf8 = le fichier n’est pas un texte UTF-8
    .expected = un fichier texte enregistré en UTF-8
    .hint = dans votre éditeur, « Enregistrer sous… » et choisissez le codage UTF-8 (dans le Bloc-notes : Codage, UTF-8)
file-ansi = le fichier est enregistré en Windows-1252 (« ANSI »), pas en UTF-8
    .expected = un fichier texte enregistré en UTF-8
    .hint = dans le Bloc-notes : Fichier, Enregistrer sous…, et en bas choisissez le codage UTF-8, puis Enregistrer
key-unknown = clé inconnue « { $name } »
    .expected = une de : { $names }
    .hint = { $suggestion ->
        [none] les clés sont décrites dans docs/format.md
       *[other] vouliez-vous dire « { $suggestion } » ?
    }
value-wrong-type = type de valeur incorrect : trouvé { $found }
    .expected = { $kind ->
        [string] du texte entre guillemets droits, par exemple "Pause repas"
        [boolean] true ou false
        [sequence] une liste entre crochets, par exemple ["A", "B"]
       *[other] { $want }
    }
value-table-for-list = cette section est écrite une fois, entre crochets simples, là où il faut une liste de blocs
    .expected = [[day]], [[day.slot]] ou [[organiser]], entre doubles crochets
    .hint = écrivez [[day]] (doubles crochets) : chaque bloc [[…]] ajoute un jour, un créneau ou un organisateur
key-duplicate = cette clé est donnée deux fois dans la même section
    .hint = supprimez l’une des deux lignes, ou commencez un nouveau bloc [[…]] pour un deuxième élément
toml-syntax = ce n’est pas du TOML valide
    .hint = le texte va entre guillemets droits : title = "Ouverture"
toml-too-deep = cette clé a { $levels } niveaux, trop pour être lue
    .expected = des clés de quelques parties, par exemple [[day.slot.workshop]]
    .hint = les clés d’un programme ont au plus quatre parties : cherchez des points en trop sur cette ligne
toml-date-time = ce n’est pas une date ou une heure valide
    .expected = une date écrite année-mois-jour, par exemple 2023-12-19
    .hint = les dates s’écrivent sans guillemets (date = 2023-12-19) ; les heures avec (start = "9h30")
value-empty = « { $key } » est vide
key-missing = « { $key } » manque
event-missing = la section [event] manque
    .expected = une section [event] avec au moins un titre
    .hint = commencez le fichier par { "[event]" } puis title = "Journées d’étude"
day-none = le programme n’a aucun jour
    .expected = au moins un [[day]] avec une date et un [[day.slot]]
day-no-date = ce jour n’a pas de date (date)
    .expected = une date, par exemple date = 2023-12-19
day-no-slot = ce jour n’a aucun créneau
    .expected = au moins un [[day.slot]] après la ligne [[day]]
day-order = les jours doivent être dans l’ordre des dates, chacun une seule fois
slot-order = ce créneau commence avant le précédent : les créneaux sont d’habitude dans l’ordre des heures
slot-overlap = ce créneau commence avant la fin du précédent
slot-no-start = ce créneau n’a pas d’heure de début
    .expected = start = "9h30"
    .hint = les heures s’écrivent 9h30, 9h ou 09:30
slot-ends-before-start = la fin ({ $end }) est avant le début ({ $start })
    .expected = une heure de fin après l’heure de début
slot-kind-unknown = type de créneau inconnu « { $value } »
    .expected = un de : { $names }
language-unknown = langue inconnue « { $value } »
    .expected = "fr" ou "en"
email-invalid = « { $value } » n’est pas une adresse e-mail
    .expected = une adresse comme contact@exemple.org, sur une seule ligne
timezone-invalid = « { $value } » n’est pas un nom de fuseau horaire
    .expected = un nom de fuseau IANA comme "Europe/Paris"
updated-invalid = { $value } n’est pas une date
    .expected = une date, ou une date et une heure, sans guillemets : updated = 2023-12-18T22:10:00
time-invalid = { $value } n’est pas une heure
    .expected = une heure comme "9h30"
    .hint = les heures s’écrivent 9h30, 9h ou 09:30
date-invalid = { $value } n’est pas une date valide
    .expected = une date année-mois-jour, sans guillemets : date = 2023-12-19
colour-invalid = « { $value } » n’est pas une couleur
    .expected = une couleur écrite "#rrvvbb", par exemple "#c8102e"
paper-unknown = format de papier inconnu « { $value } »
    .expected = "A4" ou "A5"
time-style-unknown = style d’heure inconnu « { $value } »
    .expected = "compact" (9h30), "spaced" (9 h 30) ou "colon" (09:30)
profile-unknown = édition inconnue « { $value } »
    .expected = une de : { $names }
id-invalid = « { $value } » n’est pas un identifiant valide
    .expected = des lettres, des chiffres et des tirets, par exemple id = "atelier-ia-2"
id-duplicate = l’identifiant « { $value } » est déjà utilisé
    .expected = un identifiant utilisé une seule fois dans le fichier
workshop-outside-slot = l’heure de { $which ->
        [start] début
       *[end] fin
    } de cet atelier est hors de son créneau
    .expected = une heure entre le début et la fin du créneau
logo-invalid = { $reason ->
        [missing] le fichier du logo « { $file } » n’existe pas
        [not-a-file] « { $file } » n’est pas un fichier
        [too-large] le fichier du logo « { $file } » fait { $size } ; un logo fait au plus 20 Mo
        [unreadable] le fichier du logo « { $file } » ne peut pas être lu
        [too-many-pixels] le logo « { $file } » fait { $width } × { $height } pixels ; un logo fait au plus 40 mégapixels
        [damaged] le logo « { $file } » est abîmé, ou ce n’est pas une image
        [picture] le logo « { $file } » contient une image inutilisable : { $picture ->
            [missing] l’image « { $href } » n’existe pas
            [not-a-file] « { $href } » n’est pas un fichier
            [too-large] l’image « { $href } » fait { $size } ; une image fait au plus 20 Mo
            [unreadable] l’image « { $href } » ne peut pas être lue
            [too-many-pixels] une image de { $width } × { $height } pixels ; 40 mégapixels au plus
            [damaged] une image abîmée
            [not-png-jpeg] seules les images PNG et JPEG sont acceptées dans un SVG
            [remote] il renvoie à « { $href } » ; seuls les fichiers à côté du SVG sont lus
            [outside] il renvoie à « { $href } », hors du dossier du programme
           *[not-read-here] il renvoie au fichier « { $href } », qui n’est pas lu ici
        }
       *[not-an-image] le logo « { $file } » n’est pas une image PNG, JPEG ou SVG
    }
    .expected = un fichier PNG, JPEG ou SVG, relatif au fichier du programme
font-invalid = { $reason ->
        [missing] le fichier de police « { $file } » n’existe pas
        [not-a-file] « { $file } » n’est pas un fichier
        [too-large] le fichier de police « { $file } » fait { $size } ; une police fait au plus 50 Mo
        [unreadable] le fichier de police « { $file } » ne peut pas être lu
        [damaged] le fichier de police « { $file } » est abîmé : ses glyphes ne peuvent pas être incorporés au PDF
       *[not-a-font] « { $file } » n’est pas une police TrueType ou OpenType, ou il est abîmé
    }
    .expected = un fichier .ttf ou .otf, ou "Inter"
person-tbc = { $name } n’est pas encore confirmé·e (tbc = true)
person-tbc-unnamed = cette personne reste à trouver (tbc = true)
rich-html = les balises HTML ne sont pas imprimées : { $tags }
    .hint = leur texte est gardé ; utilisez *italique* et **gras** pour la mise en valeur
rich-link-refused = le lien « { $link } » est imprimé comme texte, pas comme lien
    .hint = les liens sont des adresses web (https://…), des courriels et des numéros de téléphone
text-word-too-wide = le mot « { $word } » est plus large que sa colonne et a été coupé
    .hint = ajoutez une espace ou un trait d’union où il peut être coupé, ou raccourcissez-le
text-line-too-long = cette valeur fait { $count } caractères ; un titre, un nom ou un libellé en fait au plus { $limit }
    .hint = un long texte va dans une présentation, entre triples guillemets : description = """…"""
text-too-long = ce texte fait { $size } ; un texte de programme fait au plus 1 Mo
    .hint = vérifiez que c’est le bon texte qui a été collé : une longue présentation fait quelques kilo-octets
text-nbsp-broken = les espaces insécables de « { $text }… » ont pu être coupées : le texte est plus large que sa colonne
    .hint = enlevez les espaces insécables (souvent collées depuis un traitement de texte), ou raccourcissez le texte
text-too-many-marks = une lettre de « { $text }… » porte plus de 30 accents : les autres sont laissés de côté
font-missing-glyph = aucune police n’a le caractère « { $char } » ({ $code }) ; il est affiché comme une case
    .hint = ajoutez une police qui l’a dans [theme] fallback_fonts = ["fonts/….ttf"]
layout-taller-than-page = un bloc est plus haut qu’une page et dépasse en bas
pdf-not-archival = le PDF de lecture n’est pas archivable (PDF/A, PDF/UA) : { $why ->
        [glyph] des caractères n’ont pas de police
       *[licence] une police n’autorise pas l’inclusion
    }
preflight-accent = « { $word } » est écrit sans son accent
    .hint = écrivez « { $fixed } »
preflight-inclusive-marks = « { $word } » est écrit avec un point, ailleurs avec un point médian (·)
    .hint = une seule marque dans tout le programme, par exemple présent·es
preflight-two-places = { $name } est dans deux ateliers en même temps : « { $first } » et « { $second } »
    .hint = vérifiez les noms, ou donnez des horaires différents aux ateliers avec start et end
preflight-no-end = « { $title } » n’a pas d’heure de fin : le calendrier le fera durer jusqu’au créneau suivant
    .hint = ajoutez end = "…" s’il finit plus tôt
preflight-subtitle-dates = le sous-titre répète les dates, que la couverture imprime déjà
    .hint = la couverture ne les montre alors qu’une fois ; un sous-titre peut dire autre chose
preflight-no-contact = { $name } n’a ni courriel, ni téléphone, ni site sur la page des contacts
    .hint = ajoutez email = "…" (ou phone, website) à ce [[organiser]]
preflight-logo-alt = le logo de l’organisation « { $name } » n’est décrit aux lecteurs d’écran que par ce nom
    .hint = ajoutez logo_alt = "…" pour dire ce que montre le logo, si c’est plus que le nom
preflight-booklet-padding = le livret a { $pages } pages, dont { $notes } laissées pour des notes
    .hint = un texte plus court ou un créneau de moins économiserait une feuille

## Commencer
init-exists = erreur : { $file } existe déjà ; il n’a pas été remplacé
init-wrote = Écrit { $file } et { $logo }. Ouvrez { $file } dans un éditeur de texte (le Bloc-notes), remplacez les exemples, enregistrez, puis tapez : livret build
unknown-shell = erreur : « { $shell } » n’est pas un shell connu (bash, zsh, fish, powershell, elvish, ou man pour la page de manuel)
no-programme-beside = erreur : il n’y a pas de programme.toml dans { $folder }
hint-programme-beside = conseil : placez votre programme.toml à côté de livret.exe et double-cliquez à nouveau, ou faites glisser votre programme sur livret.exe
interrupted = arrêté : rien n’a été remplacé ; votre PDF précédent est intact.
interrupted-after = arrêté.
press-enter = Appuyez sur Entrée pour fermer cette fenêtre.

## L’aide (--help), en français ; l’aide anglaise vient des commentaires
## de args.rs. help-cmd-NOM : une commande ; help-COMMANDE-ID ou
## help-arg-ID : un argument.
help-cmd-livret = Fabrique la brochure PDF prête à imprimer d’un programme d’événement (programme.toml).
help-examples =
    Exemples :
      livret build                      lit programme.toml, écrit out/programme.pdf
      livret journees.toml              fabrique ce fichier (comme le glisser sur livret)
      livret build journees.toml -o journees.pdf
      livret build --all                toutes les éditions : livret A5, noir et blanc, imprimeur
      livret check                      cherche seulement les erreurs, n’écrit rien
      livret export ics -o out/programme.ics   le calendrier, un événement par créneau
    
    Le format du fichier est décrit dans docs/format.md.
help-arg-lang = La langue des messages : fr ou en (par défaut : celle de LANG, le français quand elle commence par fr)
help-livret-file = Un programme à fabriquer, sans commande : ce que Windows donne quand on glisse un fichier sur livret.exe. Le PDF va dans le dossier out à côté du fichier.
help-arg-file = Le fichier du programme (par défaut : programme.toml)
help-cmd-build = Fabrique la brochure PDF. Si quelque chose ne va pas, rien n’est écrit et le PDF précédent reste tel quel.
help-cmd-watch = Fabrique, puis refait le PDF à chaque enregistrement du programme (ou d’un logo, d’une police qu’il utilise), jusqu’à Ctrl-C. Une erreur est affichée et le dernier bon PDF reste.
help-cmd-check = Cherche les erreurs du programme et affiche les points à revoir ; n’écrit rien.
help-cmd-dump = Affiche la mise en page calculée, en texte (pour le débogage et les tests).
help-cmd-diff = Dit ce qui a changé entre deux versions d’un programme, dans la langue de l’événement, prêt à coller dans un courriel.
help-cmd-export = Exporte le programme : un calendrier à importer (ics), du texte pour le corps d’un courriel (text) ou du Markdown (markdown). Affiché dans le terminal, ou écrit dans -o CHEMIN ; si quelque chose ne va pas, rien n’est écrit.
help-cmd-init = Écrit un programme.toml de départ, commenté (et un logo provisoire), dans un dossier, à remplir.
help-cmd-schema = Affiche le schéma JSON de programme.toml, pour les éditeurs qui vérifient et complètent le TOML (VS Code avec Even Better TOML, et les autres éditeurs fondés sur taplo) : enregistrez-le sous programme.schema.json à côté du programme.
help-cmd-completions = Affiche la complétion pour un shell (bash, zsh, fish, powershell, elvish) ou la page de manuel (man).
help-arg-output = Où écrire le PDF. Les autres éditions vont à côté, avec un suffixe (programme-livret.pdf) ; avec un seul --profile, exactement ici.
help-arg-profiles = Les éditions à fabriquer : standard (à lire et envoyer), booklet (livret A5 à plier), photocopy (noir et blanc), print-shop (fonds perdus et traits de coupe). Peut être répété. Par défaut : [output] profiles du programme, sinon standard.
help-arg-all = Fabrique toutes les éditions.
help-arg-stamp = Imprime « mis à jour » avec la date et l’heure de cette fabrication (fuseau de l’événement), sans modifier le fichier.
help-arg-sheets = Affiche aussi, pour le livret, les pages de chaque face de chaque feuille (pour vérifier un essai d’impression).
help-arg-strict = Sort avec le statut 1 s’il y a aussi des points à revoir (pour l’intégration continue).
help-arg-old = La version d’avant les changements.
help-arg-new = La version d’après.
help-diff-format = text (texte brut, pour un courriel ; par défaut) ou markdown.
help-export-format = Quoi fabriquer : ics (un calendrier, un événement par créneau), text (texte coupé à 72 colonnes, pour un courriel) ou markdown.
help-export-output = Où écrire l’export (remplacé d’un coup). Par défaut : dans le terminal.
help-arg-folder = Le dossier (créé s’il le faut ; par défaut : le dossier courant).
help-arg-shell = bash, zsh, fish, powershell, elvish, ou man pour la page de manuel.
