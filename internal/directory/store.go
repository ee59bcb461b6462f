package directory

import (
	"context"
	"iter"
	"time"
)

// Store is what the directory needs from the database. Lookups of missing records
// return errs.ErrNotFound; an update whose Version no longer matches returns
// errs.ErrStale; a registry id or external id already taken returns errs.ErrConflict.
// Every write also appends a Change, in the same transaction, so that search
// indexes in every application instance can follow.
type Store interface {
	OrgStore
	PersonStore
	CreateAffiliation(ctx context.Context, a *Affiliation, h HistoryEntry) error
	// CreateAffiliations stores many affiliations in one transaction, hs[i]
	// being the history entry of as[i], and sets their ids.
	CreateAffiliations(ctx context.Context, as []Affiliation, hs []HistoryEntry) error
	DeleteAffiliation(ctx context.Context, id int64, h HistoryEntry) error
	AffiliationsOfPerson(ctx context.Context, personID int64) ([]Affiliation, error)
	AffiliationsOfPeople(ctx context.Context, personIDs []int64) ([]Affiliation, error)
	AffiliationsOfOrg(ctx context.Context, orgID int64) ([]Affiliation, error)
	History(ctx context.Context, e Entity, id int64) ([]HistoryEntry, error)  // oldest first
	Changes(ctx context.Context, afterSeq int64, limit int) ([]Change, error) // ascending Seq
}

// OrgStore persists organizations.
type OrgStore interface {
	CreateOrg(ctx context.Context, o *Organization, h HistoryEntry) error // sets ID, Version, times
	UpdateOrg(ctx context.Context, o *Organization, h HistoryEntry) error // matches o.Version, then increments it
	Org(ctx context.Context, id int64) (Organization, error)
	OrgsByID(ctx context.Context, ids []int64) ([]Organization, error) // in the order of ids; missing ones left out
	// ScanOrgs calls fn for every organization, archived ones included, in id order.
	ScanOrgs(ctx context.Context, fn func(Organization) error) error
	// ScanOrgsForMatching is ScanOrgs with only the fields duplicate detection
	// compares set: ID, Name, Names, Country, City, Website, Email, Registry
	// and Archived.
	ScanOrgsForMatching(ctx context.Context, fn func(Organization) error) error
	// OrgsByRegistry returns organizations sharing any non-empty registry id
	// with any of rs (a national number in any country), by id, each once.
	OrgsByRegistry(ctx context.Context, rs ...RegistryIDs) ([]Organization, error)
	// OrgsByNameKey returns organizations whose NameKey equals key, in country when country is not "".
	OrgsByNameKey(ctx context.Context, key, country string) ([]Organization, error)
	// OrgsByNameKeys returns, by name key, the organizations whose NameKey is
	// one of keys, in any country; keys without any are left out.
	OrgsByNameKeys(ctx context.Context, keys []string) (map[string][]Organization, error)
	// OrgsByAnyNameKey returns organizations with key as the NameKey of their
	// name or of one of their alternative names, in any country.
	OrgsByAnyNameKey(ctx context.Context, key string) ([]Organization, error)
	// EncodeOrgChunk does the part of ImportOrgChunks' work on a chunk that
	// needs no database (encoding every row), so that an importer can do it on
	// its own goroutine while the store writes the chunk before.
	EncodeOrgChunk(c *OrgChunk)
	// ImportOrgChunks creates or updates many organizations in one transaction:
	// those with ID 0 are created, the others updated without a version check.
	// It is the fast path of the importer, which hands it the rows in chunks as
	// it reads them. Once committed, every chunk's rows have their ID and
	// Version.
	ImportOrgChunks(ctx context.Context, chunks iter.Seq[*OrgChunk], at time.Time, userID int64, source string) error
	PutLogo(ctx context.Context, orgID int64, l Logo) error
	Logo(ctx context.Context, orgID int64) (Logo, error)
	// MergeOrgs moves every affiliation, history entry and logo of drop to keep,
	// saves keep (already combined by the caller, with its Version as read), and
	// archives drop with a pointer to keep. One transaction.
	MergeOrgs(ctx context.Context, keep *Organization, dropID int64, h HistoryEntry) error
}

// OrgChunk is a part of an import's organizations on their way to the store.
type OrgChunk struct {
	Orgs     []Organization
	NameKeys []string // the NameKey of each organization's name, or nil
	Encoded  any      // what Store.EncodeOrgChunk made of the rows, or nil
}

// PersonStore persists people.
type PersonStore interface {
	CreatePerson(ctx context.Context, p *Person, h HistoryEntry) error
	UpdatePerson(ctx context.Context, p *Person, h HistoryEntry) error
	Person(ctx context.Context, id int64) (Person, error)
	PeopleByID(ctx context.Context, ids []int64) ([]Person, error)
	ScanPeople(ctx context.Context, fn func(Person) error) error
	PersonByExternalID(ctx context.Context, kind, externalID string) (Person, error)
	PeopleByNameKey(ctx context.Context, key, country string) ([]Person, error)
	// PeopleByNameKeys is OrgsByNameKeys for people.
	PeopleByNameKeys(ctx context.Context, keys []string) (map[string][]Person, error)
	// PeopleByExternalIDs returns the people of kind whose external id is one of ids.
	PeopleByExternalIDs(ctx context.Context, kind string, ids []string) ([]Person, error)
	ImportPeople(ctx context.Context, people []Person, at time.Time, userID int64, source string) error
	MergePeople(ctx context.Context, keep *Person, dropID int64, h HistoryEntry) error
}

// Change says that a record was written. Seq grows with every write.
type Change struct {
	Seq      int64
	Entity   Entity
	EntityID int64
	At       time.Time
}

// Logo is an organization's logo, already checked and re-encoded.
type Logo struct {
	ContentType string // image/png or image/jpeg
	Data        []byte
	Width       int
	Height      int
	UpdatedAt   time.Time
}
