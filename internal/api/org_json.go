package api

import (
	"encoding/json"
	"time"

	"coalition/internal/directory"
	"coalition/internal/i18n"
)

// textJSON is a text in a language.
type textJSON struct {
	Lang  string `json:"lang"`
	Value string `json:"value"`
}

// registryJSON holds an organization's public-register identifiers.
type registryJSON struct {
	Transparency string `json:"transparency,omitempty"`
	PIC          string `json:"pic,omitempty"`
	National     string `json:"national,omitempty"`
}

// orgInput is what a client sends to create or update an organization.
type orgInput struct {
	Name         string       `json:"name"`
	NameLang     string       `json:"name_lang,omitempty"`
	Names        []textJSON   `json:"names,omitempty"`
	Descriptions []textJSON   `json:"descriptions,omitempty"`
	Country      string       `json:"country"`
	Region       string       `json:"region,omitempty"`
	City         string       `json:"city,omitempty"`
	Level        string       `json:"level,omitempty"`
	Sector       string       `json:"sector,omitempty"`
	Kind         string       `json:"kind,omitempty"`
	Functions    []string     `json:"functions,omitempty"`
	Topics       []string     `json:"topics,omitempty"`
	Languages    []string     `json:"languages,omitempty"`
	Members      int64        `json:"members,omitempty"`
	Audience     int64        `json:"audience,omitempty"`
	Website      string       `json:"website,omitempty"`
	Email        string       `json:"email,omitempty"`
	Phone        string       `json:"phone,omitempty"`
	Registry     registryJSON `json:"registry"`
	Source       string       `json:"source,omitempty"`
	Version      int64        `json:"version,omitempty"`
}

// orgJSON is an organization as the API shows it.
type orgJSON struct {
	ID int64 `json:"id"`
	orgInput
	HasLogo    bool      `json:"has_logo"`
	Archived   bool      `json:"archived"`
	MergedInto int64     `json:"merged_into,omitempty"` // the organization this one was merged into
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
}

// readOnlyInput holds the fields GET shows but PUT does not change. PUT takes
// them, so a client can send back what it read with a field changed, and
// ignores them, except an id that is not the one in the path.
type readOnlyInput struct {
	ID         *int64          `json:"id"`
	Archived   json.RawMessage `json:"archived"`
	MergedInto json.RawMessage `json:"merged_into"`
	CreatedAt  json.RawMessage `json:"created_at"`
	UpdatedAt  json.RawMessage `json:"updated_at"`
}

// checkID returns a validation error naming id when the body has an id other
// than the path's.
func (in readOnlyInput) checkID(id int64) error {
	if in.ID != nil && *in.ID != id {
		return i18n.Invalid("id", "api.id_mismatch", "id", id)
	}
	return nil
}

// orgUpdate is the body of PUT /organizations/{id}: an organization as GET
// shows it, or just its input fields.
type orgUpdate struct {
	orgInput
	readOnlyInput
	HasLogo json.RawMessage `json:"has_logo"`
}

func texts(in []textJSON) []directory.Text {
	out := make([]directory.Text, len(in))
	for i, t := range in {
		out[i] = directory.Text{Lang: t.Lang, Value: t.Value}
	}
	return out
}

func textsJSON(in []directory.Text) []textJSON {
	out := make([]textJSON, len(in))
	for i, t := range in {
		out[i] = textJSON{Lang: t.Lang, Value: t.Value}
	}
	return out
}

func (in orgInput) organization() directory.Organization {
	return directory.Organization{
		Name: in.Name, NameLang: in.NameLang, Names: texts(in.Names), Descriptions: texts(in.Descriptions),
		Country: in.Country, Region: in.Region, City: in.City, Level: in.Level, Sector: in.Sector, Kind: in.Kind,
		Functions: in.Functions, Topics: in.Topics, Languages: in.Languages, Members: in.Members, Audience: in.Audience,
		Website: in.Website, Email: in.Email, Phone: in.Phone, Source: in.Source, Version: in.Version,
		Registry: directory.RegistryIDs{Transparency: in.Registry.Transparency, PIC: in.Registry.PIC, National: in.Registry.National},
	}
}

func newOrgJSON(o directory.Organization) orgJSON {
	return orgJSON{ID: o.ID, HasLogo: o.HasLogo, Archived: o.Archived, MergedInto: o.MergedInto, CreatedAt: o.CreatedAt, UpdatedAt: o.UpdatedAt,
		orgInput: orgInput{
			Name: o.Name, NameLang: o.NameLang, Names: textsJSON(o.Names), Descriptions: textsJSON(o.Descriptions),
			Country: o.Country, Region: o.Region, City: o.City, Level: o.Level, Sector: o.Sector, Kind: o.Kind,
			Functions: nonNil(o.Functions), Topics: nonNil(o.Topics), Languages: nonNil(o.Languages),
			Members: o.Members, Audience: o.Audience, Website: o.Website, Email: o.Email, Phone: o.Phone,
			Source: o.Source, Version: o.Version,
			Registry: registryJSON{Transparency: o.Registry.Transparency, PIC: o.Registry.PIC, National: o.Registry.National},
		}}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
