package directory_test

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/tabular"
)

var roundTripPeople = []directory.Person{{
	GivenName: "Séverine", FamilyName: "Werbrouck", Kind: "mep", Country: "FR", Email: "severine.werbrouck@europarl.europa.eu",
	PoliticalGroup: "Patriots", Party: "Rassemblement national", ExternalID: "261796", Social: "@sw", Source: "round trip",
}, {
	GivenName: "Ана", FamilyName: "Петрова", Kind: "staff", Country: "BG", Languages: []string{"bg", "en"},
	Email: "ana@greenbalkans.org", Phone: "+359 2 000 000", Website: "https://ana.example.bg",
	Consent: &directory.Consent{Basis: "consent", Date: time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC), Source: "form, Sofia; May", Note: "=only events"},
	Source:  "round trip",
}}

// seedPeople stores an organization and people, the second one affiliated.
func seedPeople(t *testing.T, s *directory.Service) {
	t.Helper()
	ctx := context.Background()
	seedOrgs(t, s, roundTripOrgs[1:2])
	var ids []int64
	for _, p := range roundTripPeople {
		got, err := s.CreatePerson(ctx, directory.Actor{}, p)
		if err != nil {
			t.Fatalf("create %s: %v", p.Name(), err)
		}
		ids = append(ids, got.ID)
	}
	if _, err := s.AddAffiliation(ctx, directory.Actor{}, directory.Affiliation{PersonID: ids[1], OrgID: 1, Role: "press officer"}); err != nil {
		t.Fatal(err)
	}
}

func comparablePeople(people []directory.Person) []directory.Person {
	for i := range people {
		people[i].ID, people[i].Version, people[i].CreatedAt, people[i].UpdatedAt = 0, 0, time.Time{}, time.Time{}
	}
	return people
}

func TestExportImportRoundTripPeople(t *testing.T) {
	src, srcDB := importEnv(t)
	seedPeople(t, src)
	want := comparablePeople(allPeople(t, srcDB))
	for _, f := range []directory.ExportFormat{directory.ExportCSV, directory.ExportXLSX, directory.ExportJSON} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if n, err := src.ExportPeople(context.Background(), &buf, f, directory.PersonFilter{}); err != nil || n != 2 {
				t.Fatalf("export: %d %v", n, err)
			}
			dst, dstDB := importEnv(t)
			seedOrgs(t, dst, roundTripOrgs[1:2])
			r, err := tabular.Open(bytes.NewReader(buf.Bytes()), "people."+string(f), int64(buf.Len()), tabular.Options{})
			if err != nil {
				t.Fatal(err)
			}
			rep, err := dst.ImportPeople(context.Background(), directory.Actor{}, r, directory.ImportOptions{})
			if err != nil || rep.Created != 2 || len(rep.Warnings) != 0 {
				t.Fatalf("import: %v %s %v %v", err, counts(rep), rep.Problems, rep.Warnings)
			}
			if got := comparablePeople(allPeople(t, dstDB)); !reflect.DeepEqual(got, want) {
				t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
			}
			as, _ := dst.AffiliationsOfOrg(context.Background(), 1)
			if len(as) != 1 || as[0].Role != "press officer" {
				t.Errorf("affiliation: %+v", as)
			}
		})
	}
}

func TestExportVCard(t *testing.T) {
	s, _ := importEnv(t)
	seedPeople(t, s)
	var buf bytes.Buffer
	if _, err := s.ExportPeople(context.Background(), &buf, directory.ExportVCard, directory.PersonFilter{Kind: "staff"}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"BEGIN:VCARD\r\nVERSION:4.0\r\n", "FN:Ана Петрова\r\n", "N:Петрова;Ана;;;\r\n", "KIND:individual\r\n",
		"EMAIL:ana@greenbalkans.org\r\n", "TEL:+359 2 000 000\r\n", "URL:https://ana.example.bg\r\n",
		"ORG:Сдружение „Зелени Балкани“\r\n", "TITLE:press officer\r\n", "NOTE:staff\r\n", "END:VCARD\r\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("vCard lacks %q:\n%s", want, out)
		}
	}
	if strings.Count(out, "BEGIN:VCARD") != 1 {
		t.Errorf("filter kind=staff: %s", out)
	}
}
