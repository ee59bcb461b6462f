package search

import (
	"fmt"
	"sync"
	"testing"
)

// TestConcurrent searches from several goroutines while one writes; run it
// with -race. Every search must see a consistent index: an organization is
// either found with all its words or not at all.
func TestConcurrent(t *testing.T) {
	c := newCorpus(3)
	ix, err := Build(t.Context(), c.scan(2000))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for g := range 4 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				q := Query{Text: fmt.Sprintf("writer%d", i%50), Filters: map[string][]string{"kind": {"ngo"}}}
				if g%2 == 1 {
					q = Query{Text: "writer"}
				}
				res, err := ix.Search(q)
				if err != nil {
					t.Error(err)
					return
				}
				for _, id := range res.IDs {
					if id <= 2000 {
						t.Errorf("%q found organization %d", q.Text, id)
					}
				}
			}
		})
	}
	for i := range 300 {
		o := org(int64(2001+i%60), fmt.Sprintf("Writer%d Writer", i%50))
		if i%7 == 0 {
			ix.Delete(o.ID)
		} else {
			ix.Put(o)
		}
		if i%3 == 0 {
			ix.Put(c.org(i)) // rewrite a built organization
		}
	}
	close(stop)
	wg.Wait()
}
