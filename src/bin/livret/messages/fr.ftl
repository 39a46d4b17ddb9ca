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
