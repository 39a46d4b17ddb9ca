# The library's words in French: diagnostics (by id, `time.invalid` as
# `time-invalid`), the change summary, link words, editions' purposes.

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
pdf-font = la police { $font } n’a pas pu être incorporée au PDF
    .hint = le fichier de police est peut-être abîmé : essayez-en une autre copie, ou une autre police
pdf-font-licence = la police { $font } n’autorise pas son incorporation dans un PDF
    .hint = choisissez une autre police dans [theme], ou l’Inter fournie
pdf-font-glyph = la police { $font } n’a pas de glyphe pour « { $text } »
    .hint = choisissez une autre police dans [theme], ou l’Inter fournie
pdf-font-unicode = la police { $font } a des glyphes qui ne peuvent pas être recopiés comme texte
    .hint = choisissez une autre police dans [theme], ou l’Inter fournie
pdf-image = { $reason ->
        [sixteen-bit] un logo a 16 bits par couche, ce que ce PDF ne peut pas contenir
       *[other] un logo n’a pas pu être incorporé au PDF
    }
    .hint = { $reason ->
        [sixteen-bit] enregistrez de nouveau le logo en PNG 8 bits
       *[other] enregistrez de nouveau le logo en PNG ou en SVG depuis un logiciel d’images
    }
pdf-internal = le PDF n’a pas pu être écrit, à cause d’une erreur interne de livret
    .hint = c’est une erreur de livret, pas de votre fichier : signalez-la en joignant votre programme
pdf-page-size = la taille de page { $width } × { $height } pt n’est pas valable
pdf-validation = le PDF ne respecte pas sa norme (PDF/A, PDF/UA)
    .hint = c’est une erreur de livret, pas de votre fichier : signalez-la en joignant votre programme

## Le résumé des changements (`livret diff`)
diff-heading = Changements du programme { $title }
diff-nothing = Aucun changement.
diff-quote = « { $text } »
diff-event-title = L’événement s’appelle désormais { $new } (au lieu de { $old })
diff-added = Nouveau : { $time }, { $title }
diff-removed = Supprimé : { $time }, { $title }
diff-moved-day = { $name } passe du { $from } au { $to } à { $time }
diff-moved-time = { $name } : nouvel horaire { $to } (au lieu de { $from })
diff-workshop-time = { $name } : nouvel horaire
diff-room = { $name } : désormais en salle { $room }
diff-room-was = { $name } : désormais en salle { $room } (au lieu de { $was })
diff-room-gone = { $name } : la salle n’est plus indiquée
diff-title = { $name } s’intitule désormais { $title }
diff-description = { $name } : présentation modifiée
diff-workshop-added = { $name } : nouvel atelier { $title }
diff-workshop-removed = { $name } : l’atelier { $title } est supprimé
diff-found = { $name } — { $role } : { $who }, jusqu’ici à trouver
diff-replaced = { $name } — { $role } : { $who } remplace { $gone }
diff-joined = { $name } — { $role } : { $who } rejoint la liste
diff-left = { $name } — { $role } : { $who } ne participe plus
diff-confirmed = { $name } — { $role } : { $who } est confirmé·e
diff-unconfirmed = { $name } — { $role } : { $who } n’est plus confirmé·e
diff-role = { $name } — { $role } : { $who } est désormais présenté·e comme « { $introduced } »

## Ce qu’un lecteur d’écran dit d’un lien
link-mail = Écrire à { $address }
link-phone = Appeler le { $number }
link-web = Ouvrir { $address }

## À quoi sert le PDF de chaque édition, dans ses métadonnées
purpose-booklet = Imposition pour l’impression : livret A5, deux pages de chaque côté de feuilles A4 ; l’édition à lire est le PDF standard
purpose-photocopy = Édition en noir et blanc, à photocopier
purpose-print-shop = Pour un imprimeur : 3 mm de fond perdu, traits de coupe, zone de coupe et zone de fond perdu
