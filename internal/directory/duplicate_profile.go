package directory

import (
	"slices"
	"strings"
	"unicode"

	"coalition/internal/fold"
)

// orgProfile is what duplicate detection needs of an organization, computed
// once per record: the name keys, the country, and hashes of the exact
// identifiers, and the folded words of the city. Hashes (FNV-1a, 64 bits) keep
// a million records small; the chance that two different ids among a million
// records share one is below one in a million.
type orgProfile struct {
	id       int64
	country  string
	city     string
	names    []nameProfile
	registry [3]uint64 // Transparency, PIC, National (with country); 0 when empty
	host     uint64    // website host, 0 when none
	email    uint64    // e-mail address, 0 when none
}

// nameProfile is one name of an organization: its NameKey words (sorted) and
// the scripts it was written in.
type nameProfile struct {
	tokens  []string
	scripts scriptSet
}

// scriptSet records which scripts a name used, so that a match across scripts
// can say so.
type scriptSet uint8

const (
	scriptLatin scriptSet = 1 << iota
	scriptCyrillic
	scriptGreek
	scriptOther
)

// prepareOrg computes o's profile. Names with the same key are kept once, with
// their scripts combined.
func prepareOrg(o Organization) orgProfile {
	p := orgProfile{
		id:      o.ID,
		country: strings.ToUpper(strings.TrimSpace(o.Country)),
		city:    fold.Key(o.City),
		host:    hashNonEmpty(websiteKey(o.Website)),
		email:   hashNonEmpty(emailKey(o.Email)),
	}
	p.registry = registryHashes(o.Registry, p.country)
	p.addName(o.Name)
	for _, n := range o.Names {
		p.addName(n.Value)
	}
	return p
}

// addName adds name unless its key is empty; a key already present only gains
// the name's script.
func (p *orgProfile) addName(name string) {
	tokens := nameKeyTokens(name)
	if len(tokens) == 0 {
		return
	}
	s := scriptsOf(name)
	for i := range p.names {
		if slices.Equal(p.names[i].tokens, tokens) {
			p.names[i].scripts |= s
			return
		}
	}
	p.names = append(p.names, nameProfile{tokens: tokens, scripts: s})
}

// scriptsOf returns the scripts of s's letters.
func scriptsOf(s string) scriptSet {
	var set scriptSet
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		switch {
		case r < 0x80 || unicode.Is(unicode.Latin, r):
			set |= scriptLatin
		case unicode.Is(unicode.Cyrillic, r):
			set |= scriptCyrillic
		case unicode.Is(unicode.Greek, r):
			set |= scriptGreek
		default:
			set |= scriptOther
		}
	}
	return set
}

// registryHashes returns the hashes of the normalized registry ids. National
// numbers are only unique within a country's register, so the country is part
// of their hash.
func registryHashes(r RegistryIDs, country string) [3]uint64 {
	var h [3]uint64
	if v := registryKey(r.Transparency); v != "" {
		h[0] = hashOf("T:" + v)
	}
	if v := registryKey(r.PIC); v != "" {
		h[1] = hashOf("P:" + v)
	}
	if v := registryKey(r.National); v != "" {
		h[2] = hashOf("N:" + country + ":" + v)
	}
	return h
}

// registryKey normalizes a registry id: upper case, without spaces, dashes,
// dots and slashes, which registers and people write or leave out freely
// ("999 123 456" and "999123456"; "0123.456.789" and "0123456789").
func registryKey(id string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '-' || r == '.' || r == '/' || unicode.IsSpace(r):
			return -1
		case 'a' <= r && r <= 'z':
			return r - 'a' + 'A'
		}
		return r
	}, id)
}

// sharedHosts are platforms whose host says nothing about who runs a page; for
// them the first path segment (the page's owner) is part of the website key.
var sharedHosts = map[string]bool{
	"facebook.com": true, "m.facebook.com": true, "instagram.com": true, "linkedin.com": true,
	"twitter.com": true, "x.com": true, "sites.google.com": true, "youtube.com": true,
	"tiktok.com": true, "vk.com": true, "github.com": true, "medium.com": true,
}

// websiteKey returns the comparison key of a website: its host in lower case,
// without scheme, "www.", port, path or trailing slash (with the first path
// segment on shared platforms such as facebook.com), or "".
func websiteKey(raw string) string {
	s := strings.ToLower(strings.TrimSpace(raw))
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	host, path, _ := strings.Cut(s, "/")
	host, _, _ = strings.Cut(host, "?")
	host, _, _ = strings.Cut(host, "#")
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:]
	}
	host, _, _ = strings.Cut(host, ":")
	host = strings.TrimPrefix(strings.TrimSuffix(host, "."), "www.")
	if !sharedHosts[host] {
		return host
	}
	first, _, _ := strings.Cut(path, "/")
	first, _, _ = strings.Cut(first, "?")
	return host + "/" + first
}

// emailKey returns an e-mail address in lower case and trimmed, or "" when it
// has no @.
func emailKey(raw string) string {
	s := strings.ToLower(strings.TrimSpace(raw))
	if !strings.Contains(s, "@") {
		return ""
	}
	return s
}

// hashNonEmpty returns hashOf(s), or 0 for "".
func hashNonEmpty(s string) uint64 {
	if s == "" {
		return 0
	}
	return hashOf(s)
}

// hashOf is 64-bit FNV-1a, never 0 (0 means "no value").
func hashOf[T ~string | ~[]byte](s T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return max(h, 1)
}
