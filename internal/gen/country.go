package gen

// countrySpec is a member state as the generator sees it.
type countrySpec struct {
	code  string  // ISO 3166-1 alpha-2 (GR for Greece)
	pop   float64 // millions of inhabitants
	tld   string
	phone string
	langs []langShare
}

// langShare is a language of a country with its share of organizations and
// the cities where they are based: "Name|NUTS 2024 level-3 code|locative|
// attributive", the last two only where they are not simply "in Name" and
// "Name". Every code is checked against internal/eu by the tests.
type langShare struct {
	lang   string
	share  float64
	cities []string
}

// countrySpecs lists the 27 member states. Population: Eurostat, population on
// 1 January 2024 (tps00001), in millions, rounded.
var countrySpecs = []countrySpec{
	{"BE", 11.8, "be", "+32", []langShare{
		{"nl", 0.55, []string{"Brussel|BE100", "Antwerpen|BE211", "Gent|BE234", "Leuven|BE242", "Brugge|BE251", "Mechelen|BE212", "Hasselt|BE224", "Kortrijk|BE254", "Oostende|BE255", "Aalst|BE231"}},
		{"fr", 0.42, []string{"Bruxelles|BE100", "Liège|BE332", "Namur|BE352", "Charleroi|BE32B", "Mons|BE323", "Louvain-la-Neuve|BE310", "Tournai|BE328", "Arlon|BE341", "Verviers|BE335"}},
		{"de", 0.03, []string{"Eupen|BE336", "Sankt Vith|BE336"}},
	}},
	{"BG", 6.4, "bg", "+359", []langShare{
		{"bg", 1, []string{"София|BG411", "Пловдив|BG421", "Варна|BG331|във Варна", "Бургас|BG341", "Русе|BG323", "Стара Загора|BG344", "Плевен|BG314", "Благоевград|BG413", "Велико Търново|BG321|във Велико Търново", "Шумен|BG333", "Габрово|BG322", "Смолян|BG424"}},
	}},
	{"CZ", 10.9, "cz", "+420", []langShare{
		{"cs", 1, []string{"Praha|CZ010|v Praze", "Brno|CZ064|v Brně", "Ostrava|CZ080|v Ostravě", "Plzeň|CZ032|v Plzni", "Liberec|CZ051|v Liberci", "Olomouc|CZ071|v Olomouci", "České Budějovice|CZ031|v Českých Budějovicích", "Hradec Králové|CZ052|v Hradci Králové", "Ústí nad Labem|CZ042|v Ústí nad Labem", "Pardubice|CZ053|v Pardubicích", "Zlín|CZ072|ve Zlíně", "Jihlava|CZ063|v Jihlavě", "Karlovy Vary|CZ041|v Karlových Varech"}},
	}},
	{"DK", 5.96, "dk", "+45", []langShare{
		{"da", 1, []string{"København|DK011||Københavns", "Aarhus|DK042", "Odense|DK031", "Aalborg|DK050", "Esbjerg|DK032", "Roskilde|DK021", "Vejle|DK032", "Herning|DK041", "Frederiksberg|DK011", "Rønne|DK014"}},
	}},
	{"DE", 83.4, "de", "+49", []langShare{
		{"de", 1, []string{"Berlin|DE300", "Hamburg|DE600", "München|DE212", "Köln|DEA23", "Frankfurt am Main|DE712", "Stuttgart|DE111", "Düsseldorf|DEA11", "Leipzig|DED51", "Dortmund|DEA52", "Essen|DEA13", "Bremen|DE501", "Dresden|DED21", "Hannover|DE929", "Nürnberg|DE254", "Freiburg im Breisgau|DE131", "Münster|DEA33", "Bonn|DEA22", "Heidelberg|DE125", "Kiel|DEF02", "Rostock|DE803", "Erfurt|DEG01", "Mainz|DEB35", "Potsdam|DE404", "Magdeburg|DEE03", "Saarbrücken|DEC01", "Göttingen|DE91C", "Aachen|DEA2D", "Regensburg|DE232", "Kassel|DE731"}},
	}},
	{"EE", 1.37, "ee", "+372", []langShare{
		{"et", 1, []string{"Tallinn|EE001|Tallinnas|Tallinna", "Tartu|EE008|Tartus|Tartu", "Narva|EE00A|Narvas|Narva", "Pärnu|EE004|Pärnus|Pärnu", "Viljandi|EE008|Viljandis|Viljandi", "Rakvere|EE009|Rakveres|Rakvere", "Kuressaare|EE004|Kuressaares|Kuressaare"}},
	}},
	{"IE", 5.27, "ie", "+353", []langShare{
		{"en", 0.96, []string{"Dublin|IE061", "Cork|IE053", "Galway|IE042", "Limerick|IE051", "Waterford|IE052", "Sligo|IE041", "Athlone|IE063", "Kilkenny|IE052", "Dundalk|IE041", "Naas|IE062"}},
		{"ga", 0.04, []string{"Baile Átha Cliath|IE061|i mBaile Átha Cliath|Bhaile Átha Cliath", "Corcaigh|IE053|i gCorcaigh|Chorcaí", "Gaillimh|IE042|i nGaillimh|na Gaillimhe", "Luimneach|IE051|i Luimneach|Luimnigh"}},
	}},
	{"GR", 10.4, "gr", "+30", []langShare{
		{"el", 1, []string{"Αθήνα|EL303|στην Αθήνα|Αθηναίων", "Θεσσαλονίκη|EL522|στη Θεσσαλονίκη|Θεσσαλονίκης", "Πάτρα|EL632|στην Πάτρα|Πατρέων", "Ηράκλειο|EL431|στο Ηράκλειο|Ηρακλείου", "Λάρισα|EL612|στη Λάρισα|Λαρισαίων", "Βόλος|EL613|στον Βόλο|Βόλου", "Ιωάννινα|EL543|στα Ιωάννινα|Ιωαννιτών", "Χανιά|EL434|στα Χανιά|Χανίων", "Καλαμάτα|EL653|στην Καλαμάτα|Καλαμάτας", "Ρόδος|EL421|στη Ρόδο|Ρόδου", "Πειραιάς|EL307|στον Πειραιά|Πειραιά", "Κομοτηνή|EL513|στην Κομοτηνή|Κομοτηνής"}},
	}},
	{"ES", 48.6, "es", "+34", []langShare{
		{"es", 1, []string{"Madrid|ES300", "Barcelona|ES511", "Valencia|ES523", "Sevilla|ES618", "Zaragoza|ES243", "Málaga|ES617", "Murcia|ES620", "Palma|ES532", "Bilbao|ES213", "Valladolid|ES418", "Granada|ES614", "Oviedo|ES120", "Santander|ES130", "A Coruña|ES111", "Pamplona|ES220", "Salamanca|ES415", "Córdoba|ES613", "Cáceres|ES432"}},
	}},
	{"FR", 68.4, "fr", "+33", []langShare{
		{"fr", 1, []string{"Paris|FR101", "Marseille|FRL04", "Lyon|FRK26", "Toulouse|FRJ23", "Nice|FRL03", "Nantes|FRG01", "Strasbourg|FRF11", "Montpellier|FRJ13", "Bordeaux|FRI12", "Lille|FRE11", "Rennes|FRH03", "Reims|FRF23", "Grenoble|FRK24", "Dijon|FRC11", "Angers|FRG02", "Clermont-Ferrand|FRK14", "Rouen|FRD22", "Brest|FRH02", "Limoges|FRI23", "Besançon|FRC21", "Avignon|FRL06", "Ajaccio|FRM01"}},
	}},
	{"HR", 3.86, "hr", "+385", []langShare{
		{"hr", 1, []string{"Zagreb|HR050|u Zagrebu", "Split|HR035|u Splitu", "Rijeka|HR031|u Rijeci", "Osijek|HR025|u Osijeku", "Zadar|HR033|u Zadru", "Pula|HR036|u Puli", "Dubrovnik|HR037|u Dubrovniku", "Varaždin|HR062|u Varaždinu", "Šibenik|HR034|u Šibeniku", "Slavonski Brod|HR024|u Slavonskom Brodu", "Karlovac|HR027|u Karlovcu"}},
	}},
	{"IT", 59.0, "it", "+39", []langShare{
		{"it", 1, []string{"Roma|ITI43", "Milano|ITC4C", "Napoli|ITF33", "Torino|ITC11", "Palermo|ITG12", "Genova|ITC33", "Bologna|ITH55", "Firenze|ITI14", "Bari|ITF47", "Catania|ITG17", "Venezia|ITH35", "Verona|ITH31", "Padova|ITH36", "Trieste|ITH44", "Perugia|ITI21", "Cagliari|ITG2F", "Trento|ITH20", "Lecce|ITF45", "Pisa|ITI17", "Ancona|ITI32|ad Ancona"}},
	}},
	{"CY", 0.93, "cy", "+357", []langShare{
		{"el", 0.8, []string{"Λευκωσία|CY000|στη Λευκωσία|Λευκωσίας", "Λεμεσός|CY000|στη Λεμεσό|Λεμεσού", "Λάρνακα|CY000|στη Λάρνακα|Λάρνακας", "Πάφος|CY000|στην Πάφο|Πάφου", "Αμμόχωστος|CY000|στην Αμμόχωστο|Αμμοχώστου"}},
		{"en", 0.2, []string{"Nicosia|CY000", "Limassol|CY000", "Larnaca|CY000", "Paphos|CY000"}},
	}},
	{"LV", 1.87, "lv", "+371", []langShare{
		{"lv", 1, []string{"Rīga|LV00A|Rīgā|Rīgas", "Daugavpils|LV005|Daugavpilī|Daugavpils", "Liepāja|LV00B|Liepājā|Liepājas", "Jelgava|LV009|Jelgavā|Jelgavas", "Valmiera|LV00C|Valmierā|Valmieras", "Ventspils|LV00B|Ventspilī|Ventspils", "Rēzekne|LV005|Rēzeknē|Rēzeknes", "Cēsis|LV00C|Cēsīs|Cēsu", "Kuldīga|LV00B|Kuldīgā|Kuldīgas"}},
	}},
	{"LT", 2.89, "lt", "+370", []langShare{
		{"lt", 1, []string{"Vilnius|LT011|Vilniuje|Vilniaus", "Kaunas|LT022|Kaune|Kauno", "Klaipėda|LT023|Klaipėdoje|Klaipėdos", "Šiauliai|LT026|Šiauliuose|Šiaulių", "Panevėžys|LT025|Panevėžyje|Panevėžio", "Alytus|LT021|Alytuje|Alytaus", "Marijampolė|LT024|Marijampolėje|Marijampolės", "Utena|LT029|Utenoje|Utenos", "Telšiai|LT028|Telšiuose|Telšių", "Tauragė|LT027|Tauragėje|Tauragės"}},
	}},
	{"LU", 0.67, "lu", "+352", []langShare{
		{"fr", 0.6, []string{"Luxembourg|LU000", "Esch-sur-Alzette|LU000", "Differdange|LU000", "Dudelange|LU000", "Ettelbruck|LU000"}},
		{"de", 0.4, []string{"Luxemburg|LU000", "Esch an der Alzette|LU000", "Differdingen|LU000", "Düdelingen|LU000", "Ettelbrück|LU000"}},
	}},
	{"HU", 9.58, "hu", "+36", []langShare{
		{"hu", 1, []string{"Budapest|HU110|Budapesten|Budapesti", "Debrecen|HU321|Debrecenben|Debreceni", "Szeged|HU333|Szegeden|Szegedi", "Miskolc|HU311|Miskolcon|Miskolci", "Pécs|HU231|Pécsett|Pécsi", "Győr|HU221|Győrben|Győri", "Nyíregyháza|HU323|Nyíregyházán|Nyíregyházi", "Kecskemét|HU331|Kecskeméten|Kecskeméti", "Székesfehérvár|HU211|Székesfehérváron|Székesfehérvári", "Szombathely|HU222|Szombathelyen|Szombathelyi", "Eger|HU312|Egerben|Egri", "Veszprém|HU213|Veszprémben|Veszprémi"}},
	}},
	{"MT", 0.56, "mt", "+356", []langShare{
		{"mt", 0.6, []string{"Il-Belt Valletta|MT001|fil-Belt Valletta", "Birkirkara|MT001|f'Birkirkara", "Tas-Sliema|MT001|f'Tas-Sliema", "Ħal Qormi|MT001|f'Ħal Qormi", "Il-Mosta|MT001|fil-Mosta", "Ir-Rabat, Għawdex|MT002|fir-Rabat, Għawdex"}},
		{"en", 0.4, []string{"Valletta|MT001", "Birkirkara|MT001", "Sliema|MT001", "Qormi|MT001", "Mosta|MT001", "Victoria, Gozo|MT002"}},
	}},
	{"NL", 17.9, "nl", "+31", []langShare{
		{"nl", 1, []string{"Amsterdam|NL32B", "Rotterdam|NL366", "Den Haag|NL361", "Utrecht|NL350", "Eindhoven|NL414", "Groningen|NL115", "Tilburg|NL415", "Almere|NL230", "Breda|NL411", "Nijmegen|NL226", "Arnhem|NL226", "Haarlem|NL32A", "Leiden|NL363", "Maastricht|NL423", "Zwolle|NL211", "Enschede|NL213"}},
	}},
	{"AT", 9.16, "at", "+43", []langShare{
		{"de", 1, []string{"Wien|AT130", "Graz|AT221", "Linz|AT312", "Salzburg|AT323", "Innsbruck|AT332", "Klagenfurt|AT211", "Sankt Pölten|AT123", "Villach|AT211", "Wels|AT312", "Dornbirn|AT342"}},
	}},
	{"PL", 36.6, "pl", "+48", []langShare{
		{"pl", 1, []string{"Warszawa|PL911|w Warszawie", "Kraków|PL213|w Krakowie", "Łódź|PL711|w Łodzi", "Wrocław|PL514|we Wrocławiu", "Poznań|PL415|w Poznaniu", "Gdańsk|PL633|w Gdańsku", "Szczecin|PL424|w Szczecinie", "Bydgoszcz|PL613|w Bydgoszczy", "Lublin|PL814|w Lublinie", "Białystok|PL841|w Białymstoku", "Katowice|PL22A|w Katowicach", "Rzeszów|PL823|w Rzeszowie", "Olsztyn|PL622|w Olsztynie", "Kielce|PL721|w Kielcach", "Opole|PL524|w Opolu", "Toruń|PL613|w Toruniu", "Gdynia|PL633|w Gdyni", "Zielona Góra|PL432|w Zielonej Górze"}},
	}},
	{"PT", 10.6, "pt", "+351", []langShare{
		{"pt", 1, []string{"Lisboa|PT1A0||de Lisboa", "Porto|PT11A|no Porto|do Porto", "Braga|PT112||de Braga", "Coimbra|PT192||de Coimbra", "Faro|PT150||de Faro", "Aveiro|PT191||de Aveiro", "Évora|PT1C4||de Évora", "Funchal|PT300|no Funchal|do Funchal", "Ponta Delgada|PT200||de Ponta Delgada", "Viseu|PT194||de Viseu", "Setúbal|PT1B0||de Setúbal", "Leiria|PT193||de Leiria", "Guimarães|PT119||de Guimarães"}},
	}},
	{"RO", 19.06, "ro", "+40", []langShare{
		{"ro", 1, []string{"București|RO321", "Cluj-Napoca|RO113", "Timișoara|RO424", "Iași|RO213", "Constanța|RO223", "Brașov|RO122", "Craiova|RO411", "Galați|RO224", "Oradea|RO111", "Sibiu|RO126", "Ploiești|RO316", "Bacău|RO211", "Suceava|RO215", "Arad|RO421", "Târgu Mureș|RO125", "Baia Mare|RO114"}},
	}},
	{"SI", 2.12, "si", "+386", []langShare{
		{"sl", 1, []string{"Ljubljana|SI041|v Ljubljani", "Maribor|SI032|v Mariboru", "Celje|SI034|v Celju", "Kranj|SI042|v Kranju", "Koper|SI044|v Kopru", "Novo mesto|SI037|v Novem mestu", "Velenje|SI034|v Velenju", "Murska Sobota|SI031|v Murski Soboti", "Nova Gorica|SI043|v Novi Gorici", "Ptuj|SI032|na Ptuju"}},
	}},
	{"SK", 5.42, "sk", "+421", []langShare{
		{"sk", 1, []string{"Bratislava|SK010|v Bratislave", "Košice|SK042|v Košiciach", "Prešov|SK041|v Prešove", "Žilina|SK031|v Žiline", "Banská Bystrica|SK032|v Banskej Bystrici", "Nitra|SK023|v Nitre", "Trnava|SK021|v Trnave", "Trenčín|SK022|v Trenčíne", "Martin|SK031|v Martine", "Poprad|SK041|v Poprade"}},
	}},
	{"FI", 5.6, "fi", "+358", []langShare{
		{"fi", 0.9, []string{"Helsinki|FI1B1|Helsingissä|Helsingin", "Espoo|FI1B1|Espoossa|Espoon", "Tampere|FI19B|Tampereella|Tampereen", "Turku|FI1C1|Turussa|Turun", "Oulu|FI1D9|Oulussa|Oulun", "Jyväskylä|FI198|Jyväskylässä|Jyväskylän", "Kuopio|FI1DB|Kuopiossa|Kuopion", "Lahti|FI1C6|Lahdessa|Lahden", "Rovaniemi|FI1D7|Rovaniemellä|Rovaniemen", "Joensuu|FI1DC|Joensuussa|Joensuun", "Vaasa|FI19A|Vaasassa|Vaasan"}},
		{"sv", 0.1, []string{"Helsingfors|FI1B1", "Åbo|FI1C1", "Vasa|FI19A", "Mariehamn|FI200||Mariehamns", "Esbo|FI1B1"}},
	}},
	{"SE", 10.55, "se", "+46", []langShare{
		{"sv", 1, []string{"Stockholm|SE110||Stockholms", "Göteborg|SE232||Göteborgs", "Malmö|SE224", "Uppsala|SE121", "Västerås|SE125", "Örebro|SE124", "Linköping|SE123||Linköpings", "Umeå|SE331", "Lund|SE224||Lunds", "Jönköping|SE211||Jönköpings", "Luleå|SE332", "Karlstad|SE311||Karlstads", "Visby|SE214", "Växjö|SE212", "Gävle|SE313", "Sundsvall|SE321||Sundsvalls"}},
	}},
}
