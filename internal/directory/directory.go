// Package directory holds Coalition's partner directory: organizations and people,
// their affiliations, consent records and history, with the rules that keep them
// valid. It declares the Store it needs and never talks to a database itself.
package directory

import "time"

// Text is a piece of text in one language: a name or a description. Lang is an
// ISO 639-1 code such as "lv", or "" when the language is not known.
type Text struct {
	Lang  string `json:"lang"`
	Value string `json:"value"`
}

// Organization is a potential or actual partner: an NGO, a union, a company, a
// municipality… Codes in Level, Sector, Kind, Functions and Topics come from the
// vocab package.
type Organization struct {
	ID           int64
	Name         string // the name the organization uses for itself
	NameLang     string // language of Name, "" when unknown
	Names        []Text // the name in other languages or scripts
	Descriptions []Text
	Country      string // ISO 3166-1 alpha-2 ("GR" for Greece; "EL" is accepted on input)
	Region       string // NUTS 2024 code within Country, optional
	City         string
	Level        string   // vocab level
	Sector       string   // vocab sector
	Kind         string   // vocab org_kind
	Functions    []string // vocab function, several
	Topics       []string // vocab topic, several
	Languages    []string // working languages, ISO 639-1
	Members      int64    // reach: members
	Audience     int64    // reach: audience (followers, readers…)
	Website      string
	Email        string
	Phone        string
	Registry     RegistryIDs
	Source       string // where the record came from ("import meps.csv", "web form"…)
	HasLogo      bool
	Archived     bool
	MergedInto   int64 // the organization this one was merged into, 0 if none (set by the store)
	CreatedAt    time.Time
	UpdatedAt    time.Time
	Version      int64 // optimistic-concurrency version, starts at 1
}

// RegistryIDs are an organization's identifiers in public registers. Each one,
// when present, identifies the organization exactly.
type RegistryIDs struct {
	Transparency string // EU Transparency Register id, e.g. 123456789012-34
	PIC          string // Participant Identification Code (EU funding portal), 9 digits
	National     string // national registration number, as written in the country's register
}

// Person is a contact: a politician or MEP, journalist, public figure,
// volunteer or staff member of a partner.
type Person struct {
	ID             int64
	GivenName      string
	FamilyName     string
	Kind           string // vocab person_kind
	Country        string // ISO 3166-1 alpha-2
	Languages      []string
	Email          string
	Phone          string
	Website        string
	Social         string // a social-media handle or URL
	PoliticalGroup string // for MEPs: the European Parliament group
	Party          string // national party, for politicians
	ExternalID     string // an id in the source data set (the EP id of an MEP), for idempotent import
	Consent        *Consent
	Source         string
	Archived       bool
	MergedInto     int64 // the person this one was merged into, 0 if none (set by the store)
	CreatedAt      time.Time
	UpdatedAt      time.Time
	Version        int64
}

// Name returns the person's full name, given name first.
func (p Person) Name() string {
	switch {
	case p.GivenName == "":
		return p.FamilyName
	case p.FamilyName == "":
		return p.GivenName
	}
	return p.GivenName + " " + p.FamilyName
}

// Consent records why Coalition may keep a person's contact details (GDPR Art. 6).
type Consent struct {
	Basis  string    // consent, legitimate_interest, contract, public_task
	Date   time.Time // when it was given or assessed
	Source string    // how: "signed form at the Riga meeting", "e-mail of 3 May"
	Note   string
}

// Affiliation links a person to an organization with a role and dates.
type Affiliation struct {
	ID       int64
	PersonID int64
	OrgID    int64
	Role     string    // free text: "director", "press officer"
	From     time.Time // zero when unknown
	To       time.Time // zero while current
}

// Current reports whether the affiliation has not ended by day.
func (a Affiliation) Current(day time.Time) bool { return a.To.IsZero() || !a.To.Before(day) }

// Entity names the kind of record a history entry or change is about.
type Entity string

// The entities of the directory.
const (
	EntityOrganization Entity = "organization"
	EntityPerson       Entity = "person"
)

// HistoryEntry is one change to a record: who did what, when, with a summary of
// the fields that changed.
type HistoryEntry struct {
	ID       int64
	Entity   Entity
	EntityID int64
	At       time.Time
	UserID   int64  // 0 for the system (an import run from the command line)
	Action   string // created, updated, archived, restored, merged, imported
	Detail   string // JSON: changed fields, or the merged record's id
}
