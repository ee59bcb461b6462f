package initiative

import (
	"slices"
	"testing"
	"time"

	"coalition/internal/directory"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func validECI() Initiative {
	return Initiative{Kind: KindECI, Status: StatusActive, Titles: []directory.Text{{Lang: "LV", Value: "  Tīra   jūra "}},
		RegisteredOn: day("2025-02-03"), CollectionStart: day("2025-03-01"), CollectionEnd: day("2026-03-01")}
}

func TestValidate(t *testing.T) {
	today := day("2026-11-21")
	for _, tc := range []struct {
		name   string
		change func(*Initiative)
		fields []string
	}{
		{"a valid ECI", func(*Initiative) {}, nil},
		{"no title", func(in *Initiative) { in.Titles = []directory.Text{{Value: " "}} }, []string{"titles"}},
		{"unknown kind and status", func(in *Initiative) { in.Kind, in.Status = "party", "" }, []string{"kind", "status"}},
		{"registered before the ECI began", func(in *Initiative) { in.RegisteredOn = day("2012-03-31") }, []string{"registered_on"}},
		{"registered in the future", func(in *Initiative) {
			in.RegisteredOn, in.CollectionStart, in.CollectionEnd = day("2026-12-01"), time.Time{}, time.Time{}
		}, []string{"registered_on"}},
		{"collection before registration", func(in *Initiative) { in.CollectionStart = day("2025-01-01") }, []string{"collection_start"}},
		{"collection of more than 12 months", func(in *Initiative) { in.CollectionEnd = day("2026-03-02") }, []string{"collection_end"}},
		{"collection ends before it starts", func(in *Initiative) { in.CollectionEnd = day("2025-02-28") }, []string{"collection_end"}},
		{"ends before it starts", func(in *Initiative) { in.StartsOn, in.EndsOn = day("2025-05-01"), day("2025-04-30") }, []string{"ends_on"}},
		{"bad slug", func(in *Initiative) { in.Slug = "Not A Slug!" }, []string{"slug"}},
		{"negative goal", func(in *Initiative) { in.AllianceGoal = -1 }, []string{"alliance_goal"}},
		{"unknown title language", func(in *Initiative) { in.Titles[0].Lang = "xx" }, []string{"titles"}},
	} {
		in := validECI()
		tc.change(&in)
		var fields []string
		for _, p := range Validate(&in, today) {
			fields = append(fields, p.Field)
		}
		if !slices.Equal(fields, tc.fields) {
			t.Errorf("%s: problems on %v, want %v", tc.name, fields, tc.fields)
		}
	}
}

func TestValidateNormalizes(t *testing.T) {
	in := validECI()
	in.Titles = append(in.Titles, directory.Text{Lang: "en", Value: ""})
	in.Slug = " Clean-Sea "
	if ps := Validate(&in, day("2026-11-21")); ps != nil {
		t.Fatal(ps)
	}
	if len(in.Titles) != 1 || in.Titles[0] != (directory.Text{Lang: "lv", Value: "Tīra jūra"}) || in.Slug != "clean-sea" {
		t.Errorf("normalized: %+v, slug %q", in.Titles, in.Slug)
	}
	c := Initiative{Kind: KindCampaign, Status: StatusActive, Titles: in.Titles, RegisteredOn: day("2025-01-01")}
	if ps := Validate(&c, day("2026-11-21")); ps != nil || !c.RegisteredOn.IsZero() {
		t.Errorf("a campaign keeps no registration date: %v %v", c.RegisteredOn, ps)
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Tīra Baltijas jūra!": "tira-baltijas-jura",
		"Чисто Черно море":    "chisto-cherno-more",
		"Καθαρή Θάλασσα":      "kathari-thalassa",
		"¡!":                  "initiative",
		"A very long title that goes on and on, well beyond fifty characters": "a-very-long-title-that-goes-on-and-on-well-beyond",
	} {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}
