package directory

import (
	"slices"
	"testing"
	"time"
)

// fieldsOf maps header and returns the field of each column.
func fieldsOf(t *testing.T, e Entity, header []string, overrides map[string]string) ([]string, *Mapping) {
	t.Helper()
	m, err := MapHeader(e, header, overrides)
	if err != nil {
		t.Fatalf("MapHeader(%q): %v", header, err)
	}
	out := make([]string, len(m.Columns))
	for i, c := range m.Columns {
		out[i] = c.Field
	}
	return out, m
}

func TestMapHeaderOrganizationsInSixLanguages(t *testing.T) {
	want := []string{"name", "country", "website", "email", "city", "region", "description", "level", "sector", "kind",
		"topics", "functions", "languages", "members", "audience", "phone", "transparency_id", "pic", "national_id", "source"}
	headers := map[string][]string{
		"en": {"Name", "Country", "Website", "E-mail", "City", "NUTS", "Description", "Level", "Sector", "Type",
			"Topics", "Functions", "Languages", "Members", "Audience", "Phone", "Transparency Register ID", "PIC", "National ID", "Source"},
		"sl": {"Naziv", "Država", "Spletna stran", "E-pošta", "Kraj", "Regija", "Opis", "Raven", "Sektor", "Vrsta",
			"Teme", "Funkcije", "Jeziki", "Člani", "Doseg", "Telefon", "Register za preglednost", "PIC", "Matična številka", "Vir"},
		"ro": {"Denumire", "Țară", "Site web", "Adresă de email", "Oraș", "Regiune", "Descriere", "Nivel", "Sector", "Tip",
			"Subiecte", "Funcții", "Limbi", "Membri", "Audiență", "Telefon", "Registrul de transparență", "PIC", "Cod fiscal", "Sursă"},
		"lv": {"Nosaukums", "Valsts", "Tīmekļa vietne", "E-pasts", "Pilsēta", "Reģions", "Apraksts", "Līmenis", "Sektors", "Veids",
			"Tēmas", "Funkcijas", "Valodas", "Biedri", "Sekotāji", "Tālrunis", "Pārredzamības reģistrs", "PIC", "Reģistrācijas numurs", "Avots"},
		"bg": {"Име", "Държава", "Уебсайт", "Имейл", "Град", "Регион", "Описание", "Ниво", "Сектор", "Вид",
			"Теми", "Функции", "Езици", "Членове", "Аудитория", "Телефон", "Регистър за прозрачност", "PIC", "ЕИК", "Източник"},
		"cs": {"Název", "Stát", "Web", "Mail", "Město", "NUTS 3", "Popis", "Level", "Sektor", "Type",
			"Topics", "Functions", "Languages", "Members", "Reach", "Tel", "Transparency ID", "PIC code", "IČO", "Source"},
	}
	for lang, h := range headers {
		t.Run(lang, func(t *testing.T) {
			got, m := fieldsOf(t, EntityOrganization, h, nil)
			if !slices.Equal(got, want) || len(m.Warnings) != 0 {
				t.Errorf("fields %q\nwant   %q\nwarnings %v", got, want, m.Warnings)
			}
		})
	}
}

func TestMapHeaderPeopleInSixLanguages(t *testing.T) {
	want := []string{"given_name", "family_name", "kind", "country", "email", "phone", "party", "political_group", "social", "external_id", "organization", "role"}
	headers := map[string][]string{
		"en": {"First name", "Last name", "Kind", "Country", "Email", "Phone", "Party", "Group", "Twitter", "EPID", "Organisation", "Role"},
		"sl": {"Ime", "Priimek", "Vrsta", "Država", "E-pošta", "Telefon", "Stranka", "Poslanska skupina", "Družbena omrežja", "External ID", "Organizacija", "Vloga"},
		"ro": {"Prenume", "Nume de familie", "Categorie", "Țara", "E-mail", "Telefon", "Partid", "Grup politic", "Rețele sociale", "External id", "Organizație", "Rol"},
		"lv": {"Vārds", "Uzvārds", "Veids", "Valsts", "E-pasts", "Tālrunis", "Partija", "Politiskā grupa", "Sociālie tīkli", "epid", "Organizācija", "Amats"},
		"bg": {"Име", "Фамилия", "Категория", "Държава", "Имейл", "Телефон", "Партия", "Политическа група", "Социални мрежи", "ep id", "Организация", "Длъжност"},
		"de": {"Vorname", "Nachname", "Type", "Land", "Mail", "Telefon", "Political party", "EU group", "X", "MEP ID", "Employer", "Position"},
	}
	for lang, h := range headers {
		t.Run(lang, func(t *testing.T) {
			if got, _ := fieldsOf(t, EntityPerson, h, nil); !slices.Equal(got, want) {
				t.Errorf("fields %q\nwant   %q", got, want)
			}
		})
	}
}

func TestMapHeaderTextColumnsAndOverrides(t *testing.T) {
	header := []string{"Name", "name_lv", "Description (EN)", "Nosaukums BG", "Notes", "country", "Land", ""}
	got, m := fieldsOf(t, EntityOrganization, header, map[string]string{"Land": "city", "notes": "description"})
	want := []string{"name", "name_lv", "description_en", "name_bg", "description", "country", "city", ""}
	if !slices.Equal(got, want) {
		t.Errorf("fields %q, want %q", got, want)
	}
	if len(m.Warnings) != 1 || m.Warnings[0].Key != "import.unknown_column" || m.Warnings[0].Column != "#8" {
		t.Errorf("warnings %v", m.Warnings)
	}
	_, m = fieldsOf(t, EntityOrganization, []string{"Name", "Organisation", "Whatever"}, nil)
	keys := []string{m.Warnings[0].Key, m.Warnings[1].Key}
	if !slices.Equal(keys, []string{"import.duplicate_column", "import.unknown_column"}) || m.Columns[1].Field != "" {
		t.Errorf("warnings %v", m.Warnings)
	}
}

func TestMapHeaderErrors(t *testing.T) {
	cases := []struct {
		name      string
		e         Entity
		header    []string
		overrides map[string]string
		key       string
	}{
		{"no name column", EntityOrganization, []string{"country", "website"}, nil, "import.missing_name_column"},
		{"no name column for people", EntityPerson, []string{"email"}, nil, "import.missing_person_name_column"},
		{"override of a missing column", EntityOrganization, []string{"name"}, map[string]string{"nope": "city"}, "import.map_column"},
		{"override to a missing field", EntityOrganization, []string{"name", "x"}, map[string]string{"x": "colour"}, "import.map_field"},
		{"name ignored by override", EntityOrganization, []string{"name"}, map[string]string{"name": "-"}, "import.missing_name_column"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := MapHeader(tc.e, tc.header, tc.overrides)
			if key, _ := problemOf(err); key != tc.key {
				t.Errorf("err %v, want %s", err, tc.key)
			}
		})
	}
}

func TestEverySynonymHasASetter(t *testing.T) {
	for f := range orgSynonyms {
		if orgSetters[f] == nil {
			t.Errorf("organization field %s has no setter", f)
		}
	}
	for f := range personSynonyms {
		if personSetters[f] == nil {
			t.Errorf("person field %s has no setter", f)
		}
	}
	synonymIndex() // panics on a synonym shared by two fields
}

func TestCellValues(t *testing.T) {
	header := []string{"name", "country", "kind", "sector", "level", "topics", "functions", "languages", "members"}
	m, _ := MapHeader(EntityOrganization, header, nil)
	rows := []struct {
		row  []string
		want Organization
	}{
		{[]string{"A", "Latvija", "Nevalstiskā organizācija (NVO)", "civil", "Nacionālais", "Vide un klimats; energy", "Advocacy | social change", "latviešu; en", "1 200"},
			Organization{Name: "A", Country: "LV", Kind: "ngo", Sector: "civil", Level: "national", Topics: []string{"environment_climate", "energy"},
				Functions: []string{"advocacy", "social_change"}, Languages: []string{"lv", "en"}, Members: 1200}},
		{[]string{"B", "България", "НПО", "Граждански сектор", "local", "", "", "Bulgarian", "12.000"},
			Organization{Name: "B", Country: "BG", Kind: "ngo", Sector: "civil", Level: "local", Languages: []string{"bg"}, Members: 12000}},
		{[]string{"C", "Norveška", "trade union", "", "", "", "", "", "3"},
			Organization{Name: "C", Country: "NO", Kind: "trade_union", Members: 3}},
		{[]string{"D", "el", "'=evil", "", "", "", "", "", ""}, Organization{Name: "D", Country: "el", Kind: "=evil"}},
	}
	for _, r := range rows {
		var o Organization
		if bad := m.applyOrg(r.row, &o, nil); bad != nil {
			t.Errorf("%s: %v", r.row[0], bad)
		}
		if len(orgChanges(&o, &r.want)) != 0 {
			t.Errorf("%s: differs in %v: %+v", r.row[0], orgChanges(&o, &r.want), o)
		}
	}
	var o Organization
	if bad := m.applyOrg([]string{"E", "", "", "", "", "", "", "", "lots"}, &o, nil); len(bad) != 1 || bad[0].key != "validation.whole_number" {
		t.Errorf("members: %v", bad)
	}
}

func TestNameCaseAndDates(t *testing.T) {
	for in, want := range map[string]string{"WERBROUCK": "Werbrouck", "VAN DEN BERG": "Van Den Berg", "NÍ MHURCHÚ": "Ní Mhurchú",
		"KARAS-MÜLLER": "Karas-Müller", "D'AMATO": "D'Amato", "McNamara": "McNamara", "ПЕТРОВ": "Петров"} {
		if got := nameCase(in); got != want {
			t.Errorf("nameCase(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"2024-03-05": "2024-03-05", "5.3.2024": "2024-03-05", "05/03/2024": "2024-03-05", "45356": "2024-03-05"} {
		if got, ok := parseDate(in); !ok || got.Format(time.DateOnly) != want {
			t.Errorf("parseDate(%q) = %v %v", in, got, ok)
		}
	}
}
