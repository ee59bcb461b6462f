package web

import (
	"net/http"
	"strconv"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/search"
)

// pipelineSearchLimit is how many organizations the partner search offers.
const pipelineSearchLimit = 10

// pipelineNew shows the form that adds a partner, with a search of the
// directory (q): a plain GET without JavaScript, live results with htmx.
func (s *Server) pipelineNew(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	f := form{Values: pipelineDefaults(), Errors: map[string]string{}}
	page, err := s.pipelineNewPage(r, id, f, nil, nil, nil)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "pipeline_form.html", page)
}

// pipelineCreate adds the partner of the posted form and goes to the
// board; problems show the form again beside their inputs (422).
func (s *Server) pipelineCreate(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	f, roles, e, err := pipelineFromForm(r, id, 0)
	if err == nil {
		_, err = s.inits.Engage(r.Context(), initiativeActor(r), e)
	}
	if err == nil {
		s.redirectFlash(w, r, pipelinePath(id), "pipeline.added")
		return nil
	}
	code, ok := s.failProblems(r, &f, err)
	if !ok {
		return err
	}
	page, perr := s.pipelineNewPage(r, id, f, roles, postedCounts(r, "pledge"), postedCounts(r, "delivered"))
	if perr != nil {
		return perr
	}
	return s.render(w, r, code, "pipeline_form.html", page)
}

// pipelineNewPage lays out the add form of initiative id with the search
// results of q (from the query, or the form) and the partner chosen.
func (s *Server) pipelineNewPage(r *http.Request, id int64, f form, roles []string, pledged, delivered []pipelineTyped) (pipelineFormPage, error) {
	in, a, err := s.inits.Get(r.Context(), initiativeActor(r), id)
	if err != nil {
		return pipelineFormPage{}, err
	}
	page, err := s.newPipelineFormPage(r, in, a, f, roles, pledged, delivered)
	if err != nil {
		return pipelineFormPage{}, err
	}
	page.Query = strings.TrimSpace(defaultTo(r.URL.Query().Get("q"), r.PostFormValue("q")))
	page.Results, err = s.partnerChoices(r, page.Query, formInt64(f.Values["partner"]))
	return page, err
}

// partnerChoices finds organizations matching q in the directory, the one
// chosen (if any) first and selected.
func (s *Server) partnerChoices(r *http.Request, q string, chosen int64) ([]orgOption, error) {
	var ids []int64
	if chosen != 0 {
		ids = append(ids, chosen)
	}
	if q != "" && s.search != nil {
		res, err := s.search.Search(r.Context(), search.Query{Text: q, Limit: pipelineSearchLimit})
		if err != nil {
			return nil, err
		}
		for _, id := range res.IDs {
			if id != chosen {
				ids = append(ids, id)
			}
		}
	}
	orgs, err := s.orgsByID(r.Context(), ids)
	if err != nil {
		return nil, err
	}
	lang := i18n.Lang(r.Context())
	var out []orgOption
	for _, id := range ids {
		if o, ok := orgs[id]; ok {
			out = append(out, orgOption{Value: strconv.FormatInt(id, 10), Label: partnerLabel(lang, o), Selected: id == chosen})
		}
	}
	return out, nil
}

// partnerLabel names an organization with its city and country.
func partnerLabel(lang string, o directory.Organization) string {
	place := strings.Trim(o.City+", "+countryName(lang, o.Country), ", ")
	if place == "" {
		return o.Name
	}
	return o.Name + " (" + place + ")"
}
