"""French (keys as in `en.py`)."""

DATA = {
    "name": "Français",
    "function_words": """
        de la le et les des à en un une du que qui dans pour pas au sur par est plus ne se il ce
        avec sont aux mais nous ou on son elle sa ses leur cette comme tout été ont elles même ils
        bien sans encore aussi lui y leurs entre très avant après où dont ces donc si peu alors
        depuis contre tous toutes notre nos vous chaque quand car parce autre autres sous rien
        moins jamais déjà toujours ainsi cela ça celle ceux lorsque puis
    """,
    "content_words": """
        gouvernement pays politique loi élection parti président ministre assemblée sénat droits
        justice tribunal liberté démocratie citoyens société économie crise emploi travail
        salaires logement prix inflation croissance marché entreprises banques dette impôts
        dépenses budget réforme système santé éducation écoles universités hôpitaux patients
        médecins enseignants étudiants familles enfants jeunes retraites retraités pauvreté
        inégalités richesse revenus culture histoire mémoire langue identité religion valeurs
        tradition avenir génération question réponse problème solution plan stratégie promesse
        échec réussite erreur vérité données rapport étude sondage analyse argument opinion idée
        décision vote campagne candidat opposition coalition majorité minorité manifestation
        mouvement critiques électeurs voisins quartiers villes villages rues maisons loyers
        propriétaires locataires technologie internet plateformes police délits prisons juges
        avocats constitution souveraineté indépendance intégration coopération concurrence
        négociation accord sanctions exportations usines ports pétrole gaz énergie électricité
        climat émissions eau agriculteurs terre transports trains routes voitures migration
        frontières réfugiés guerre paix armée défense alliance traité pouvoir changement années
        temps monde débat région commune maire conseil parlement institutions république laïcité
        syndicats grève fonctionnaires territoires banlieue important difficile possible
        nécessaire clair grave politique économique social national local mondial européen public
        privé nouveau ancien jeune long court grand petit meilleur pire réel simple moderne
        populaire juste injuste honnête ouvert fort faible riche pauvre libre cher urgent lent
        rapide récent faire prendre donner trouver penser savoir voir dire demander vouloir croire
        défendre protéger améliorer réduire augmenter baisser dépenser investir payer perdre
        gagner échouer décider choisir expliquer promettre gouverner exiger craindre espérer
        comprendre rappeler oublier accepter refuser soutenir construire souvent jamais encore
        peut-être simplement clairement rapidement lentement vraiment presque ensemble même
        désormais
    """,
    "places": """
        Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|Bruxelles|
        Genève|Montréal|Dakar|l'Europe|l'Afrique|Matignon|l'Élysée|Bercy|le Conseil
        constitutionnel|l'Union européenne|l'Otan|les Nations unies
    """,
    "first_names": """
        Marie Jean Pierre Sophie Michel Isabelle Philippe Catherine Nicolas Nathalie François
        Julie Laurent Camille Thomas Claire Julien Céline Antoine Aurélie Olivier Élodie Mathieu
        Sandrine Guillaume Anne Sébastien Hélène Vincent Léa Louis Manon Hugo Chloé Yves Agnès
        Benoît Juliette Étienne Margaux
    """,
    "last_names": """
        Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
        Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre
        Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc
        Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Chevalier
        Lemoine
    """,
    "surname_particles": "de |du |Le",
    "towns": """
        Rennes|Dijon|Grenoble|Angers|Brest|Tours|Reims|Metz|Nancy|Rouen|Caen|Pau|
        Limoges|Poitiers|Besançon|Perpignan|Amiens|Orléans|Liège|Québec
    """,
    "months": """
        janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    """,
    "month_abbr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "weekdays": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "date_forms": """
        {day} {month} {year}|{weekday} {day} {month} {year}|{day} {month} {year} à {hh}:{mi}| le
        {day} {month} {year}|{day} {month} {year} à {hh}h{mi}|{Weekday} {day} {month} {year}|
        {year}-{mnum2}-{day2}|{day} {mon} {year}|{day} {MONTH} {year}
    """,
    "numeric_date_forms": """
        {day2}/{mnum2}/{year} à {hh}h{mi}|{day2}/{mnum2}/{year} {hh}:{mi}|{day2}/{mnum2}/{year}
    """,
    "date_prefixes": """
        {date}|{date}|Publié le {date}|Publié {date}|Paru le {date}|Mis en ligne le {date}
    """,
    "updated_forms": "Mis à jour le {date}|Modifié le {date}|Actualisé le {date}",
    "byline_forms": """
        Par {names}|Par {names}|Par {names}|{names}|Un texte de {names}|Une tribune de {names}
    """,
    "and": "et",
    "interview_by": "Propos recueillis par {names}|Entretien réalisé par {names}",
    "roles": """
        professeur d'économie à l'université de {town}|chercheuse au Centre d'études
        européennes|ancien ministre des Finances|éditorialiste|maîtresse de conférences en science
        politique à {town}|directeur de l'Institut des politiques publiques| historien, auteur de
        plusieurs livres sur l'après-guerre|ancien ambassadeur à {town}| essayiste et journaliste
        installée à {town}
    """,
    "bio_forms": "{name} est {role}.|{name} est {role}. Son dernier livre vient de paraître.",
    "byline_roles": """
        Économiste|Politologue|Chroniqueur|Chercheuse associée|Avocat au barreau de Paris
    """,
    "role_orgs": "Institut Montaigne|Fondation Jean-Jaurès|Observatoire des inégalités",
    "sections_opinion": "Opinion|Tribune|Point de vue|Chronique|Débats|Idées",
    "sections_editorial": "Éditorial|Édito|L'éditorial",
    "sections_letter": "Courrier des lecteurs|Lettres|Le courrier",
    "sections_analysis": "Analyse|Décryptage",
    "sections_interview": "Entretien|Interview|Grand entretien",
    "sections_review": "Critique|Livres|Cinéma|La critique",
    "nav": """
        Accueil|Actualité|International|Politique|Économie|Société|Idées|Culture|Sport|Sciences|Planète|Vidéos|Podcasts|En
        continu
    """,
    "skip": "Aller au contenu|Passer au contenu principal|Menu|Rechercher|Fermer",
    "login": "Se connecter|Connexion|S'abonner|Mon compte|Créer un compte|Abonnez-vous",
    "login_form": """
        Adresse e-mail|Mot de passe|Mot de passe oublié ?|Se souvenir de moi| Créer un compte|Se
        connecter avec Google|Pas encore inscrit ? Créez un compte gratuit| Afficher le mot de
        passe
    """,
    "cookie_text": """
        Nous utilisons des cookies pour améliorer votre expérience, personnaliser les contenus et
        mesurer l'audience. En poursuivant votre navigation, vous acceptez leur utilisation.|Ce
        site utilise des cookies. Certains sont indispensables, d'autres nous aident à comprendre
        comment vous utilisez le site. Vous pouvez modifier vos choix à tout moment.
    """,
    "cookie_buttons": """
        Tout accepter|Tout refuser|Paramétrer|Accepter et fermer|Continuer sans accepter|En savoir
        plus
    """,
    "newsletter_text": """
        Inscrivez-vous à notre newsletter et recevez chaque matin le meilleur de {outlet}.|Chaque
        jour, l'essentiel de l'actualité dans votre boîte mail.|Les meilleures tribunes de la
        semaine, chaque dimanche dans votre boîte mail.
    """,
    "newsletter_ui": """
        Votre adresse e-mail|S'inscrire|Je m'inscris|Vous pouvez vous désinscrire à tout moment.
    """,
    "donation_text": """
        Le journalisme indépendant a besoin de vous. {outlet} est financé par ses lecteurs, et
        chaque don, petit ou grand, permet de garder nos articles en accès libre.|Si vous
        appréciez notre travail, soutenez-nous : sans actionnaire ni publicité, nous ne dépendons
        que de vous.
    """,
    "donation_ui": "Faire un don|Je soutiens|Soutenez-nous|Devenir membre",
    "share": """
        Partager|Partager sur Facebook|Partager sur X|WhatsApp|E-mail|Copier le
        lien|LinkedIn|Envoyer par e-mail
    """,
    "comment_count": "{n} commentaires|Commentaires ({n})|Voir les {n} commentaires|{n} réactions",
    "comment_heading": "Commentaires|Réactions|Vos réactions|Participez au débat",
    "comment_ui": """
        Répondre|Signaler|J'aime|Citer|Voir plus de commentaires|Afficher les réponses|Trier par :
        plus récents|Plus anciens
    """,
    "comment_ago": "il y a {n} heures|il y a {n} minutes|il y a {n} jours|il y a {n} h",
    "comment_policy": """
        Les commentaires sont modérés et publiés après validation. Merci de rester courtois.|Les
        commentaires sont fermés pour cet article.|Consultez notre charte de modération avant de
        publier.
    """,
    "related_heading": """
        Sur le même sujet|À lire aussi|Les plus lus|Autres chroniques|Nos autres tribunes|Vous
        aimerez aussi|Lire aussi|Dans la même rubrique
    """,
    "caption_credit": """
        Photo : {person} / {agency}|© {agency}|Crédit : {person}/{agency}|Illustration :
        {person}|{person} / {agency}
    """,
    "agencies": "AFP|Reuters|Hans Lucas|Sipa|AP|Belga",
    "download": """
        Télécharger en PDF|Imprimer|Enregistrer|Écouter cet article|Envoyer par e-mail|Lire plus
        tard
    """,
    "copyright": """
        © {outlet} {year}|© {year} {outlet}. Tous droits réservés.|Copyright {outlet} {year} -
        Tous droits réservés
    """,
    "copyright_plain": "Tous droits réservés.|© Tous droits de reproduction réservés",
    "outlet_line": """
        Source : {outlet}|Paru dans {outlet}|Cet article a d'abord été publié dans {outlet}.|De :
        {outlet}
    """,
    "link_line": "Source : {url}|Lien : {url}|Lire en ligne : {url}|{url}|URL : {url}",
    "home": "Accueil",
    "tags": "Mots-clés : {tags}|Thèmes : {tags}|Sur les mêmes thèmes : {tags}",
    "read_time": "{n} min de lecture|Temps de lecture : {n} minutes|Lecture {n} min",
    "disclaimer": """
        Les opinions exprimées dans cette tribune n'engagent que leur auteur et ne reflètent pas
        nécessairement la position de {outlet}.|Ce texte est une tribune. Les idées qui y sont
        exprimées n'engagent que son auteur.|
        Les éditoriaux engagent la rédaction.|
        Nos éditoriaux expriment la position du journal.|
        L'entretien a été condensé pour plus de clarté.|
        Les propos recueillis ont été édités et raccourcis.
    """,
    "footer": """
        Politique de confidentialité|Mentions légales|Contact|Qui
        sommes-nous|Publicité|Recrutement|Accessibilité|Plan du site|Gestion des cookies
    """,
    "paywall": """
        Cet article est réservé aux abonnés.|Abonnez-vous pour lire la suite| Déjà abonné ? Se
        connecter|Il vous reste {n} articles gratuits ce mois-ci.|
        Contenu réservé aux abonnés|
        Déjà abonné ? Connectez-vous
    """,
    "live_heading": "En continu|Direct|Les dernières infos|Fil info",
    "q_prefix": "Question :|—|Q :",
    "a_prefix": "Réponse :|—|R :",
    "review_item": """
        {work}, de {person} ({house}, {pages} pages)|{work}, {person}, {house}, {pages} p.|Note :
        {stars}
    """,
    "houses": "Gallimard|Grasset|Seuil|Actes Sud|Flammarion|Fayard",
    "letter_sign": "{name}, {town}|{name} ({town})",
    "letters_pitch": """
        Écrivez-nous : vos lettres peuvent être publiées et, le cas échéant, raccourcies.|Envoyez
        votre courrier à la rédaction en précisant votre nom et votre ville.
    """,
    "outlet_forms": "Le {Noun} de {City}|Le {Noun} {Adj}|L'Écho de {City}|La Dépêche de {City}",
    "outlet_adjs": "Républicain|Libre|Indépendant|Nouveau|Moderne|Populaire",
    "outlet_nouns": "Courrier|Progrès|Journal|Messager|Réveil|Petit Matin|Télégramme",
    "outlet_cities": "l'Ouest|Bretagne|Savoie|Lorraine|Provence|Normandie|la Loire",
    "tlds": ".fr|.com|.be|.ch|.info",
    "url_sections": "opinion|idees|tribunes|debats|editorial|chroniques",
    "edition": "Édition du soir|Édition abonnés|Édition régionale",
    "advert": "Publicité|Contenu sponsorisé|Article réservé aux abonnés",
    "apps": "Téléchargez notre application|Suivez-nous|Suivez-nous sur Facebook",
    "gallery": "Voir le diaporama|Agrandir l'image|Photo {n} sur {m}",
    "inline_related": "Lire aussi : {headline}|À lire aussi : {headline}|Voir aussi : {headline}",
    "email_furniture": """
        Voir cet e-mail dans votre navigateur|Se désinscrire|Vous recevez cet e-mail car vous êtes
        inscrit à notre newsletter.|Transférer à un ami|Gérer vos préférences
    """,
    "page_marker": "Page {n} sur {m}|{n}/{m}|- {n} -",
    "quotes": "« »",
}
