package initiative

import (
	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// Text says the reason in lang: "national partner in Bulgaria, where you are
// 12,240 signatures short".
func (r Reason) Text(b *i18n.Bundle, lang string) string {
	switch r.Key {
	case ReasonGap:
		country := r.Country
		if m, ok := eu.LookupAny(r.Country); ok {
			country = m.Name(lang)
		}
		if r.Code == "" {
			return b.N(lang, "match.why.gap_any", r.N, "country", country)
		}
		return b.N(lang, ReasonGap, r.N, "country", country, "level", termLabel(vocab.Level, r.Code, lang))
	case ReasonTopic:
		return b.T(lang, ReasonTopic, "topic", termLabel(vocab.Topic, r.Code, lang))
	case ReasonKind:
		return b.T(lang, ReasonKind, "kind", termLabel(vocab.OrgKind, r.Code, lang))
	case ReasonReach:
		return b.N(lang, ReasonReach, r.N)
	}
	return b.T(lang, r.Key)
}

// termLabel names a vocabulary code in lang, or returns the code.
func termLabel(name, code, lang string) string {
	v, _ := vocab.Get(name)
	if t, ok := v.Term(code); ok {
		return t.Label(lang)
	}
	return code
}
