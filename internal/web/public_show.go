package web

import (
	"context"
	"html/template"
	"net/http"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
	"coalition/internal/web/eumap"
)

// publicPage is the data of public_show.html and public_widget.html.
type publicPage struct {
	Slug, Title string
	Kind        string
	Desc        directory.Text // in the visitor's language when there is one
	Progress    *publicProgress
	Supporters  []supporterView
}

// publicProgress is how far a published ECI has come: only what it has
// collected, never its pipeline.
type publicProgress struct {
	StatesMet, StatesNeeded int
	Collected, Needed       string // written out in the visitor's language
	CollectedN              int
	Map                     template.HTML
}

// publicShow is an initiative's public page, for anyone: its title and
// description in the visitor's language, its progress for an ECI and its
// supporters. An unpublished or unknown slug gets the 404 page.
func (s *Server) publicShow(w http.ResponseWriter, r *http.Request) error {
	lang := i18n.Lang(r.Context())
	in, sup, err := s.publicSupporters(r.Context(), lang, r.PathValue("slug"))
	if err != nil {
		return err
	}
	page := s.newPublicPage(lang, in, sup)
	if page.Progress, err = s.publicProgress(r.Context(), lang, in); err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "public_show.html", page)
}

// newPublicPage lays out in and its supporters for lang.
func (s *Server) newPublicPage(lang string, in initiative.Initiative, sup []supporterView) publicPage {
	return publicPage{Slug: in.Slug, Title: in.Title(lang), Kind: s.kindLabel(lang, in.Kind),
		Desc: textIn(lang, in.Descriptions), Supporters: sup}
}

// textIn returns the text in lang, else the first one.
func textIn(lang string, ts []directory.Text) directory.Text {
	for _, t := range ts {
		if t.Lang == lang && t.Value != "" {
			return t
		}
	}
	if len(ts) > 0 {
		return ts[0]
	}
	return directory.Text{}
}

// publicProgress returns the progress of a published ECI, nil for another
// kind. The initiative service has no public coverage yet, so it is read
// with an administrator's view, for this published initiative only, and
// only the collected figures leave this function.
func (s *Server) publicProgress(ctx context.Context, lang string, in initiative.Initiative) (*publicProgress, error) {
	if in.Kind != initiative.KindECI || !in.Public {
		return nil, nil
	}
	c, _, err := s.inits.Coverage(ctx, initiative.Actor{Admin: true}, in.ID)
	if err != nil {
		return nil, err
	}
	public := initiative.Coverage{Registered: c.Registered, States: collectedOnly(c.States)}
	num := message.NewPrinter(language.Make(lang))
	p := &publicProgress{StatesMet: c.StatesMet, StatesNeeded: eci.MinStates, CollectedN: c.Collected,
		Collected: num.Sprintf("%d", c.Collected), Needed: num.Sprintf("%d", eci.MinSignatories)}
	p.Map, err = s.coverageMap(lang, public, eumap.Options{ID: "public-map", Title: s.i18n.T(lang, "public.map_title")}, nil)
	return p, err
}

// collectedOnly keeps of each state its threshold and what it collected.
func collectedOnly(states []initiative.StateCoverage) []initiative.StateCoverage {
	out := make([]initiative.StateCoverage, len(states))
	for i, st := range states {
		out[i] = initiative.StateCoverage{Code: st.Code, Threshold: st.Threshold, Collected: st.Collected, Met: st.Met}
	}
	return out
}
