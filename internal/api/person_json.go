package api

import (
	"time"

	"coalition/internal/directory"
)

// consentJSON is a person's consent record.
type consentJSON struct {
	Basis  string `json:"basis"`
	Date   string `json:"date"` // YYYY-MM-DD
	Source string `json:"source"`
	Note   string `json:"note,omitempty"`
}

// personInput is what a client sends to create or update a person.
type personInput struct {
	GivenName      string       `json:"given_name,omitempty"`
	FamilyName     string       `json:"family_name,omitempty"`
	Kind           string       `json:"kind,omitempty"`
	Country        string       `json:"country,omitempty"`
	Languages      []string     `json:"languages,omitempty"`
	Email          string       `json:"email,omitempty"`
	Phone          string       `json:"phone,omitempty"`
	Website        string       `json:"website,omitempty"`
	Social         string       `json:"social,omitempty"`
	PoliticalGroup string       `json:"political_group,omitempty"`
	Party          string       `json:"party,omitempty"`
	ExternalID     string       `json:"external_id,omitempty"`
	Consent        *consentJSON `json:"consent,omitempty"`
	Source         string       `json:"source,omitempty"`
	Version        int64        `json:"version,omitempty"`
}

// personJSON is a person as the API shows it.
type personJSON struct {
	ID int64 `json:"id"`
	personInput
	Archived   bool      `json:"archived"`
	MergedInto int64     `json:"merged_into,omitempty"` // the person this one was merged into
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
}

// personUpdate is the body of PUT /people/{id}: a person as GET shows it, or
// just the input fields.
type personUpdate struct {
	personInput
	readOnlyInput
}

func (in personInput) person() (directory.Person, error) {
	p := directory.Person{GivenName: in.GivenName, FamilyName: in.FamilyName, Kind: in.Kind, Country: in.Country,
		Languages: in.Languages, Email: in.Email, Phone: in.Phone, Website: in.Website, Social: in.Social,
		PoliticalGroup: in.PoliticalGroup, Party: in.Party, ExternalID: in.ExternalID, Source: in.Source, Version: in.Version}
	if in.Consent != nil {
		day, err := parseDay("consent.date", in.Consent.Date)
		if err != nil {
			return p, err
		}
		p.Consent = &directory.Consent{Basis: in.Consent.Basis, Date: day, Source: in.Consent.Source, Note: in.Consent.Note}
	}
	return p, nil
}

func newPersonJSON(p directory.Person) personJSON {
	out := personJSON{ID: p.ID, Archived: p.Archived, MergedInto: p.MergedInto, CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt,
		personInput: personInput{GivenName: p.GivenName, FamilyName: p.FamilyName, Kind: p.Kind, Country: p.Country,
			Languages: nonNil(p.Languages), Email: p.Email, Phone: p.Phone, Website: p.Website, Social: p.Social,
			PoliticalGroup: p.PoliticalGroup, Party: p.Party, ExternalID: p.ExternalID, Source: p.Source, Version: p.Version}}
	if c := p.Consent; c != nil {
		out.Consent = &consentJSON{Basis: c.Basis, Date: c.Date.Format(time.DateOnly), Source: c.Source, Note: c.Note}
	}
	return out
}
