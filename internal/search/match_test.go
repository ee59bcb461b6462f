package search

import (
	"fmt"
	"testing"

	"coalition/internal/directory"
)

// TestFolding checks that case, diacritics and the special letters of
// European alphabets fold the same way in names and in queries.
func TestFolding(t *testing.T) {
	orgs := []directory.Organization{
		org(1, "Πανεπιστήμιο Κρήτης"),
		org(2, "Fundacja Łódzka"),
		org(3, "Straßenkinder e.V."),
		org(4, "Grønn Fremtid"),
		org(5, "Ærø Naturforening"),
		org(6, "Udruga Đakovo"),
		org(7, "Ħbieb tal-Ambjent"),
		org(8, "Ελληνική Εταιρεία Περιβάλλοντος"),
		org(9, "Société Française"),
	}
	cases := []struct {
		q    string
		want int64
	}{
		{"panepistimio kritis", 1}, {"ΠΑΝΕΠΙΣΤΗΜΙΟ", 1}, {"Πανεπιστημιο κρητης", 1},
		{"lodzka", 2}, {"ŁÓDZKA", 2},
		{"strassenkinder", 3}, {"STRASSENKINDER", 3}, {"straßenkinder", 3},
		{"gronn", 4}, {"grønn", 4},
		{"aero", 5}, {"ÆRØ", 5},
		{"dakovo", 6}, {"đakovo", 6},
		{"hbieb", 7}, {"ħbieb", 7},
		{"elliniki etaireia", 8}, {"ελληνικη", 8}, {"ΕΛΛΗΝΙΚΉ", 8},
		{"societe francaise", 9}, {"SOCIÉTÉ", 9},
	}
	eachIndex(t, orgs, func(t *testing.T, ix *Index) {
		for _, c := range cases {
			wantIDs(t, c.q, ids(t, ix, c.q+" "), c.want)
		}
	})
}

// TestScriptsMeet checks that Cyrillic names are found from Latin queries
// and Latin names from Cyrillic ones.
func TestScriptsMeet(t *testing.T) {
	orgs := []directory.Organization{
		org(1, "Сдружение „Зелени Балкани“", country("BG")),
		org(2, "Zelena Planeta", country("HR")),
		org(3, "Fondation Sofia", alias("bg", "Фондация София")),
	}
	eachIndex(t, orgs, func(t *testing.T, ix *Index) {
		wantIDs(t, "latin query", ids(t, ix, "zeleni balkani"), 1)
		wantIDs(t, "cyrillic query", ids(t, ix, "Зелени Балкани"), 1)
		wantIDs(t, "latin prefix", ids(t, ix, "sdruzh"), 1)
		wantIDs(t, "cyrillic query, latin name", ids(t, ix, "Зелена планета"), 2)
		wantIDs(t, "name in another script", ids(t, ix, "фондация"), 3)
		wantIDs(t, "sofia", ids(t, ix, "sofia "), 3)
	})
}

// TestPrefix checks that the word being typed matches as a prefix, and a
// finished word (followed by a space) or a quoted one only exactly.
func TestPrefix(t *testing.T) {
	orgs := []directory.Organization{
		org(1, "Greenpeace Latvija"),
		org(2, "Green Future"),
		org(3, "Zaļā brīvība", desc("lv", "Vides aizsardzības biedrība")),
	}
	eachIndex(t, orgs, func(t *testing.T, ix *Index) {
		wantIDs(t, "greenp", sorted(t, ix, "greenp"), 1)
		wantIDs(t, "gree", sorted(t, ix, "gree"), 1, 2)
		wantIDs(t, "green (finished)", sorted(t, ix, "green "), 2)
		wantIDs(t, "quoted", sorted(t, ix, `"green"`), 2)
		wantIDs(t, "only the last word", sorted(t, ix, "gree future"), nil...)
		wantIDs(t, "two words", sorted(t, ix, "green fut"), 2)
		wantIDs(t, "description prefix", sorted(t, ix, "aizsardz"), 3)
		wantIDs(t, "no match", sorted(t, ix, "greenx"), nil...)
	})
}

// TestRanking checks the tiers: the whole name, then every word in a name,
// then a name by prefix, then a description, then a description by prefix;
// and the static rank (reach) inside a tier.
func TestRanking(t *testing.T) {
	orgs := []directory.Organization{
		org(1, "Tree Club", desc("en", "forestry work"), reach(10_000_000)),
		org(2, "Nature Club", desc("en", "we protect the forest"), reach(1_000_000)),
		org(3, "Forestry Union", reach(100_000)),
		org(4, "Forest Friends", reach(1_000)),
		org(5, "Forest", reach(1)),
	}
	eachIndex(t, orgs, func(t *testing.T, ix *Index) {
		wantIDs(t, "typing", ids(t, ix, "forest"), 5, 4, 3, 2, 1)
		wantIDs(t, "finished", ids(t, ix, "forest "), 5, 4, 2)
	})
	more := append(orgs, org(6, "Forest Guardians", reach(5_000_000)), org(7, "Forest Keepers"))
	ix, err := Build(t.Context(), scanOf(more))
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "static rank within a tier", ids(t, ix, "forest "), 5, 6, 4, 7, 2)
	wantIDs(t, "two words", ids(t, ix, "forest friends"), 4)
}

// TestStemming checks that description words are stemmed in languages that
// have a stemmer, and only there.
func TestStemming(t *testing.T) {
	orgs := []directory.Organization{
		org(1, "Readers", desc("en", "We run public libraries")),
		org(2, "Lasītāji", desc("lv", "libraries")),
		org(3, "Waldfreunde", desc("de", "Wir schützen die Wälder")),
		org(4, "Czytelnicy", desc("pl", "Prowadzimy biblioteki")),
		org(5, "Lettori", desc("it", "Gestiamo biblioteche")),
		org(6, "Lecteurs", desc("", "bibliothèques")),
	}
	eachIndex(t, orgs, func(t *testing.T, ix *Index) {
		wantIDs(t, "english stem", sorted(t, ix, "library "), 1)
		wantIDs(t, "german stem, typed without umlaut", sorted(t, ix, "wald "), 3)
		wantIDs(t, "italian stem", sorted(t, ix, "biblioteca "), 5)
		wantIDs(t, "polish has no stemmer", sorted(t, ix, "biblioteka "), nil...)
		wantIDs(t, "unknown language: no stemming", sorted(t, ix, "bibliotheque "), nil...)
		wantIDs(t, "exact word always", sorted(t, ix, "biblioteki "), 4)
		wantIDs(t, "quoted: exact only", sorted(t, ix, `"library"`), nil...)
	})
	if !HasStemmer("de-AT") || HasStemmer("lv") || HasStemmer("pl") {
		t.Error("HasStemmer is wrong")
	}
}

// TestSyntax checks exclusions, phrases, filters in the box and archived
// organizations.
func TestSyntax(t *testing.T) {
	orgs := []directory.Organization{
		org(1, "Green Riga", city("Rīga")),
		org(2, "Green Sofia", country("BG"), city("София")),
		org(3, "Green Union", kind("trade_union")),
		org(4, "Green Archive", archived()),
	}
	eachIndex(t, orgs, func(t *testing.T, ix *Index) {
		wantIDs(t, "all", sorted(t, ix, "green"), 1, 2, 3)
		wantIDs(t, "exclude", sorted(t, ix, "green -riga"), 2, 3)
		wantIDs(t, "exclude phrase", sorted(t, ix, `green -"green union"`), 1, 2)
		wantIDs(t, "city", sorted(t, ix, "sofia "), 2)
		wantIDs(t, "country filter", sorted(t, ix, "green country:bg"), 2)
		wantIDs(t, "negated filter", sorted(t, ix, "green -country:BG"), 1, 3)
		wantIDs(t, "kind filter", sorted(t, ix, "kind:trade_union"), 3)
		wantIDs(t, "two values", sorted(t, ix, "country:BG country:LV kind:ngo"), 1, 2)
		wantIDs(t, "archived hidden", sorted(t, ix, "archive"), nil...)
		got := mustSearch(t, ix, Query{Text: "archive", IncludeArchived: true}).IDs
		wantIDs(t, "archived asked for", got, 4)
	})
}

// TestPrefixKeepsNameWords checks that a rare word of a name is completed
// even when many more frequent description words share its prefix.
func TestPrefixKeepsNameWords(t *testing.T) {
	var orgs []directory.Organization
	for i := range 2 * maxExpand {
		word := fmt.Sprintf("green%c%c", 'a'+i/26, 'a'+i%26)
		orgs = append(orgs, org(int64(i+2), "Club", desc("lv", word)), org(int64(1000+i), "Club", desc("lv", word)))
	}
	orgs = append(orgs, org(1, "Greenpeace"))
	eachIndex(t, orgs, func(t *testing.T, ix *Index) {
		if got := ids(t, ix, "green"); len(got) == 0 || got[0] != 1 {
			t.Errorf("typing green: %v…, want Greenpeace first", got[:min(len(got), 3)])
		}
	})
}
