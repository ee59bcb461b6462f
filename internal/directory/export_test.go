package directory_test

import (
	"bytes"
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/tabular"
)

// roundTripOrgs uses every field, several languages and scripts, cells that
// look like formulas and text with separators, quotes and line breaks.
var roundTripOrgs = []directory.Organization{{
	Name: "Zaļā Brīvība biedrība", NameLang: "lv",
	Names: []directory.Text{{Lang: "en", Value: "Green Freedom"}, {Lang: "bg", Value: "Зелена свобода"},
		{Lang: "en", Value: "GF; Latvia"}, {Value: "ZB"}},
	Descriptions: []directory.Text{{Lang: "lv", Value: "Apraksts ar \"pēdiņām\", komatiem; semikoliem\nun jaunu rindu"},
		{Lang: "en", Value: "=HYPERLINK(\"http://evil.example\")"}, {Value: "@untagged | text"}},
	Country: "LV", Region: "LV00A", City: "Rīga", Level: "national", Sector: "civil", Kind: "association",
	Functions: []string{"advocacy", "social_change"}, Topics: []string{"energy", "environment_climate"},
	Languages: []string{"en", "lv", "ru"}, Members: 1200, Audience: 50000,
	Website: "https://zala.lv/par-mums?a=1&b=2", Email: "info@zala.lv", Phone: "+371 2000 0000",
	Registry: directory.RegistryIDs{Transparency: "123456789012-34", PIC: "912345678", National: "40008000001"},
	Source:   "round trip",
}, {
	Name: "Сдружение „Зелени Балкани“", NameLang: "bg", Names: []directory.Text{{Lang: "en", Value: "Green Balkans"}},
	Descriptions: []directory.Text{{Lang: "bg", Value: "Опазване на природата\tи -\tвидовете"}},
	Country:      "BG", City: "-Пловдив", Kind: "ngo", Topics: []string{"environment_climate"}, Members: 3,
	Source: "round trip",
}, {
	Name: "Ελληνική Εταιρεία Προστασίας της Φύσης", Country: "GR", Source: "round trip",
}, {
	Name: "Minimal", Source: "round trip",
}}

// seedOrgs stores orgs through the service, so they are normalized as any
// stored organization is.
func seedOrgs(t *testing.T, s *directory.Service, orgs []directory.Organization) {
	t.Helper()
	for _, o := range orgs {
		if _, err := s.CreateOrg(context.Background(), directory.Actor{}, o); err != nil {
			t.Fatalf("create %s: %v", o.Name, err)
		}
	}
}

// comparable blanks what the store sets on its own, and puts names and
// descriptions in language order: a file has a column per language, so texts
// come back grouped by language (in their order within a language).
func comparable(orgs []directory.Organization) []directory.Organization {
	out := make([]directory.Organization, len(orgs))
	byLang := func(a, b directory.Text) int { return strings.Compare(a.Lang, b.Lang) }
	for i, o := range orgs {
		o.ID, o.Version, o.CreatedAt, o.UpdatedAt = 0, 0, time.Time{}, time.Time{}
		o.Names, o.Descriptions = slices.Clone(o.Names), slices.Clone(o.Descriptions)
		slices.SortStableFunc(o.Names, byLang)
		slices.SortStableFunc(o.Descriptions, byLang)
		out[i] = o
	}
	return out
}

func TestExportImportRoundTripOrgs(t *testing.T) {
	src, srcDB := importEnv(t)
	seedOrgs(t, src, roundTripOrgs)
	want := comparable(allOrgs(t, srcDB))
	for _, f := range []directory.ExportFormat{directory.ExportCSV, directory.ExportXLSX, directory.ExportJSON} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			n, err := src.ExportOrgs(context.Background(), &buf, f, directory.OrgFilter{})
			if err != nil || n != len(roundTripOrgs) {
				t.Fatalf("export: %d, %v", n, err)
			}
			dst, dstDB := importEnv(t)
			r, err := tabular.Open(bytes.NewReader(buf.Bytes()), "orgs."+string(f), int64(buf.Len()), tabular.Options{})
			if err != nil {
				t.Fatal(err)
			}
			rep, err := dst.ImportOrgs(context.Background(), directory.Actor{}, r, directory.ImportOptions{})
			if err != nil || rep.Created != len(roundTripOrgs) || len(rep.Warnings) != 0 {
				t.Fatalf("import: %v %s %v %v", err, counts(rep), rep.Problems, rep.Warnings)
			}
			if got := comparable(allOrgs(t, dstDB)); !reflect.DeepEqual(got, want) {
				t.Errorf("round trip through %s:\n got %+v\nwant %+v", f, got, want)
			}
		})
	}
}

func TestExportEscapesFormulas(t *testing.T) {
	var buf bytes.Buffer
	if err := directory.WriteOrgs(&buf, directory.ExportCSV, roundTripOrgs[:2]); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`"'=HYPERLINK(""http://evil.example"")"`, "'+371 2000 0000", "'-Пловдив", "'@untagged"} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %s:\n%s", want, out)
		}
	}
	if !strings.HasPrefix(out, "\uFEFFname,name_lang,other_names,name_bg,name_en,description,description_bg,description_en,description_lv,country") {
		t.Errorf("header: %s", out[:200])
	}
}

func TestExportFilter(t *testing.T) {
	s, _ := importEnv(t)
	seedOrgs(t, s, roundTripOrgs)
	var buf bytes.Buffer
	n, err := s.ExportOrgs(context.Background(), &buf, directory.ExportJSON, directory.OrgFilter{Country: "el", Topic: ""})
	if err != nil || n != 1 || !strings.Contains(buf.String(), "Φύσης") {
		t.Errorf("filter country=el: %d %v %s", n, err, buf.String())
	}
	if !strings.Contains(buf.String(), `{"name":"`) || strings.Count(buf.String(), "\n") != 3 {
		t.Errorf("JSON export: want one object per line, keys and values side by side:\n%s", buf.String())
	}
	buf.Reset()
	n, _ = s.ExportOrgs(context.Background(), &buf, directory.ExportCSV, directory.OrgFilter{Topic: "environment_climate", Kind: "ngo"})
	if n != 1 {
		t.Errorf("topic and kind: %d", n)
	}
}
