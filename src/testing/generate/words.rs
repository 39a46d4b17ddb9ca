//! The words generated programmes are made of: names, roles, titles,
//! sentence parts, in French, with the accents and marks real programmes
//! have.

pub(super) const EVENT_TITLES: &[&str] = &[
    "Rencontres numérique et travail",
    "Journées intelligence artificielle et syndicalisme",
    "Université d'été des militant·es",
    "Assises du service public numérique",
    "Forum « Technologies, emploi, libertés »",
];

pub(super) const VENUES: &[(&str, &str, &str, &str, &str)] = &[
    ("Bourse du travail", "Salle Ambroise Croizat", "3 rue du Château-d'Eau", "75010", "Paris"),
    ("Maison des syndicats", "Grande salle", "12 place de la Nation", "69003", "Lyon"),
    ("Centre de congrès", "Auditorium Louise Michel", "4 quai de l'Écluse", "44000", "Nantes"),
    ("Salle des fêtes", "Salle Gisèle Halimi", "27 avenue Jean-Jaurès", "13001", "Marseille"),
];

pub(super) const FIRST_NAMES: &[&str] = &[
    "Ana",
    "Zoë",
    "Lê",
    "Hélène",
    "Jérôme",
    "Noémie",
    "Aurélien",
    "Inès",
    "Björn",
    "Françoise",
    "Mírian",
    "Çağla",
    "Rémi",
    "Agnès",
    "Joël",
    "Maëlle",
    "Søren",
    "Anaïs",
    "Łucja",
    "Thaïs",
    "Benoît",
    "Chloé",
];

pub(super) const LAST_NAMES: &[&str] = &[
    "Müller",
    "Brontë-Łukasiewicz",
    "Nguyễn",
    "Lefèvre",
    "Dupré",
    "Ferrández",
    "Gauthier-Ménard",
    "Kowalczyk",
    "Ødegård",
    "Benali",
    "Šimková",
    "Dos Santos",
    "Le Bihan",
    "Traoré",
    "Pérez",
    "Zieliński",
];

/// Names that always come up, to be sure the diacritics are exercised.
pub(super) const FIXED_NAMES: &[&str] = &["Lê Nguyễn Hoang", "Zoë Brontë-Łukasiewicz", "Ana Müller"];

pub(super) const ROLES: &[&str] = &[
    "sociologue du travail",
    "juriste en droit social",
    "militante syndicale",
    "chercheur au CNRS",
    "inspectrice du travail",
    "journaliste indépendante",
    "ingénieur logiciel",
    "économiste",
    "secrétaire fédérale",
    "délégué du personnel",
    "autrice et essayiste",
];

pub(super) const ORGANISATIONS: &[&str] = &[
    "La Quadrature du net",
    "Framasoft",
    "Sud PTT",
    "Observatoire des libertés numériques",
    "Collectif Pour une IA responsable",
    "Sud Santé Sociaux",
];

pub(super) const SUBJECTS: &[&str] = &[
    "Cet atelier",
    "La séance",
    "Notre collectif",
    "La table ronde",
    "Chaque participant·e",
    "L'équipe d'animation",
    "La fédération",
    "Ce temps d'échange",
    "L'intervenant·e",
    "Le groupe de travail",
];

pub(super) const VERBS: &[&str] = &[
    "propose de débattre de",
    "revient sur",
    "interroge",
    "met en lumière",
    "analyse",
    "s'appuie sur",
    "présente",
    "questionne",
    "dresse un état des lieux de",
    "explore",
    "confronte les points de vue sur",
];

pub(super) const OBJECTS: &[&str] = &[
    "les conditions de travail dans les centres d'appel",
    "la surveillance algorithmique des salarié·es",
    "l'impact des plateformes sur l'emploi",
    "la sobriété numérique",
    "le droit à la déconnexion",
    "la formation professionnelle tout au long de la vie",
    "les biais des algorithmes de recrutement",
    "la protection des données personnelles",
    "l'automatisation des services publics",
    "la transition écologique des infrastructures",
    "le télétravail et ses effets sur le collectif",
    "la reconnaissance des qualifications",
    "l'intensification du travail",
    "les logiciels libres dans l'administration",
    "la santé au travail des agent·es",
    "la négociation collective sur les outils numériques",
];

pub(super) const TAILS: &[&str] = &[
    "",
    " à partir d'exemples concrets",
    " dans le secteur public",
    " au regard du droit européen",
    " avec des témoignages de terrain",
    ", en lien avec les négociations en cours",
    " sans oublier les enjeux de genre",
    " dans les petites entreprises comme dans les grands groupes",
];

pub(super) const CONNECTORS: &[&str] =
    &["", "", "Ensuite, ", "Par ailleurs, ", "En outre, ", "Enfin, ", "Dans un second temps, ", "À cette occasion, "];

pub(super) const QUESTIONS: &[&str] = &[
    "Quels leviers pour l'action syndicale ?",
    "Comment construire des revendications communes ?",
    "Qui décide, et avec quelles informations ?",
    "Quels outils pour les représentant·es du personnel ?",
    "Faut-il encadrer, négocier ou refuser ?",
    "Quelles alliances avec les usager·es ?",
    "Comment mesurer les effets sur la santé ?",
];

pub(super) const FEATURED: &[&str] = &[
    "Les échanges se poursuivront autour d'un verre...",
    "Les documents de travail seront distribués sur place.",
    "L'atelier est ouvert à toutes et à tous, adhérent·es ou non.",
    "Une traduction en langue des signes est prévue.",
    "La séance sera enregistrée, avec l'accord des participant·es.",
];

pub(super) const TOPICS: &[&str] = &[
    "vidéosurveillance, libertés publiques",
    "métiers, missions, conditions de travail",
    "formation, qualifications, salaires",
    "écologie, sobriété, matériel",
    "données personnelles, RGPD, contrôle",
    "égalité professionnelle, discriminations",
    "services publics, usager·es, accueil",
];

pub(super) const WORKSHOP_TITLES: &[&str] = &[
    "Libertés publiques en danger",
    "Quels impacts de l'IA sur le travail ?",
    "Est-ce qu'on peut tirer parti de l'IA ?",
    "Numérique et écologie : une équation impossible ?",
    "Le management algorithmique au quotidien",
    "Former sans déqualifier",
    "Données personnelles : que faire au travail ?",
    "Les plateformes et l'ubérisation",
    "Négocier les outils numériques",
    "Service public et guichets dématérialisés",
];

pub(super) const PLENARY_TITLES: &[&str] = &[
    "L'intelligence artificielle pour les nul·les",
    "Automatisation, emploi et démocratie",
    "Quelles stratégies syndicales face au numérique ?",
    "Table ronde : regards croisés sur la surveillance",
    "Le travail invisible derrière les machines",
    "Sobriété numérique et justice sociale",
    "Bilan de dix ans de dématérialisation",
];

pub(super) const OTHER_TITLES: &[&str] = &[
    "Projection du documentaire « Les travailleurs du clic »",
    "Présentation des outils de la fédération",
    "Temps libre et visite de l'exposition",
    "Assemblée générale du réseau",
    "Lecture publique et discussion",
];

pub(super) const BREAK_TITLES: &[&str] = &["Pause", "Pause café", "Pause et stands militants"];
pub(super) const MEAL_TITLES: &[&str] = &["Pause repas", "Déjeuner sur place", "Dîner au restaurant d'entreprise"];
