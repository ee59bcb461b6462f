package directory_test

import (
	"context"
	"fmt"
	"iter"
	"strings"
	"sync"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store"
	"coalition/internal/store/storetest"
)

// racingStore is the real store with another writer that, just before the
// import's first write, creates an organization holding a registry id of a
// later row: the importer has already checked that row and found it new.
type racingStore struct {
	*store.DB
	once  sync.Once
	other directory.Organization
}

func (r *racingStore) ImportOrgChunks(ctx context.Context, chunks iter.Seq[*directory.OrgChunk], at time.Time, userID int64, source string) error {
	r.once.Do(func() {
		if err := r.DB.CreateOrg(ctx, &r.other, directory.HistoryEntry{Action: "created"}); err != nil {
			panic(err)
		}
	})
	return r.DB.ImportOrgChunks(ctx, chunks, at, userID, source)
}

// TestImportLosesOnlyTheRowAnotherWriterTook imports rows in several chunks
// while another writer takes the PIC of one of them: only that row is
// rejected, as a conflict, and every other row is imported.
func TestImportLosesOnlyTheRowAnotherWriterTook(t *testing.T) {
	const n = 5000
	var b strings.Builder
	b.WriteString("name;country;pic\n")
	for i := range n {
		fmt.Fprintf(&b, "Biedrība Nr. %d;LV;%09d\n", i, 100000000+i)
	}
	db := storetest.OpenSQLite(t)
	racer := &racingStore{DB: db, other: directory.Organization{Name: "Ātrākā biedrība", Country: "LV",
		Registry: directory.RegistryIDs{PIC: fmt.Sprintf("%09d", 100000000+3000)}}}
	rep, err := directory.NewService(racer).ImportOrgs(context.Background(), directory.Actor{}, csvRows(t, b.String()), directory.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := problems(rep.Problems); rep.Created != n-1 || len(got) != 1 || got[0] != "3002  error.conflict" {
		t.Fatalf("created %d, problems %v; want %d created and row 3002 refused as a conflict", rep.Created, got, n-1)
	}
	if orgs := allOrgs(t, db); len(orgs) != n {
		t.Errorf("the directory holds %d organizations, want %d", len(orgs), n)
	}
}

// stallingRows is a file that stops arriving after some rows, as a slow
// upload does, until released.
type stallingRows struct {
	directory.Rows
	after   int
	stalled chan struct{} // closed when the rows stop
	release chan struct{}
	n       int
}

func (r *stallingRows) Next() bool {
	if r.n++; r.n == r.after {
		close(r.stalled)
		<-r.release
	}
	return r.Rows.Next()
}

// TestImportWaitingForRowsLetsOthersWrite checks that an import whose rows
// stop arriving does not keep other writers out: it commits what it has.
func TestImportWaitingForRowsLetsOthersWrite(t *testing.T) {
	var b strings.Builder
	b.WriteString("name;country\n")
	for i := range 3000 {
		fmt.Fprintf(&b, "Društvo št. %d;SI\n", i)
	}
	s, db := importEnv(t)
	rows := &stallingRows{Rows: csvRows(t, b.String()), after: 2500, stalled: make(chan struct{}), release: make(chan struct{})}
	done := make(chan error, 1)
	go func() {
		rep, err := s.ImportOrgs(context.Background(), directory.Actor{}, rows, directory.ImportOptions{})
		if err == nil && rep.Created != 3000 {
			err = fmt.Errorf("created %d of 3000", rep.Created)
		}
		done <- err
	}()
	<-rows.stalled
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	o := directory.Organization{Name: "Drugi pisec", Country: "SI"}
	err := db.CreateOrg(ctx, &o, directory.HistoryEntry{Action: "created"})
	close(rows.release)
	if err != nil {
		t.Errorf("a write while the import waited for rows: %v", err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
