package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"time"

	"coalition/internal/account"
	"coalition/internal/i18n"
)

//go:embed templates
var templateFS embed.FS

// layoutFile holds the "layout" template every page file fills with "title" and
// "content" blocks.
const layoutFile = "layout.html"

// parseTemplates parses the layout with each page file, once per UI language, so
// the t and n functions are bound to a language at start and rendering needs no
// per-request cloning.
func (s *Server) parseTemplates(fsys fs.FS) (map[string]map[string]*template.Template, error) {
	files, err := fs.Glob(fsys, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	pages := map[string]map[string]*template.Template{}
	for _, lang := range i18n.Languages {
		if pages[lang], err = s.parseLanguage(fsys, lang, files); err != nil {
			return nil, err
		}
	}
	return pages, nil
}

func (s *Server) parseLanguage(fsys fs.FS, lang string, files []string) (map[string]*template.Template, error) {
	layout, err := template.New(layoutFile).Funcs(s.funcs(lang)).ParseFS(fsys, "templates/"+layoutFile)
	if err != nil {
		return nil, fmt.Errorf("web: template %s: %w", layoutFile, err)
	}
	set := map[string]*template.Template{}
	for _, f := range files {
		name := path.Base(f)
		if name == layoutFile {
			continue
		}
		t := template.Must(layout.Clone()) // Clone fails only after execution
		if set[name], err = t.ParseFS(fsys, f); err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
	}
	return set, nil
}

// funcs are the template functions: t translates a key, n a counted (plural) key,
// asset gives a static file's content-hash URL, date formats a time, and fieldOf
// and tokenRow pack arguments for the "field" and "token-row" templates.
func (s *Server) funcs(lang string) template.FuncMap {
	return template.FuncMap{
		"t":        func(key string, args ...any) string { return s.i18n.T(lang, key, args...) },
		"n":        func(key string, n int, args ...any) string { return s.i18n.N(lang, key, n, args...) },
		"asset":    s.assets.URL,
		"date":     func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04") },
		"fieldOf":  fieldOf,
		"tokenRow": func(t account.Token, csrf string) tokenRow { return tokenRow{t, csrf} },
	}
}

// render writes page (a template file name) with status in the request's
// language. It executes into a buffer first, so a template error becomes an error
// page rather than half a page. Pages are personal: they are never cached.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, page string, data any) error {
	t, ok := s.pages[i18n.Lang(r.Context())][page]
	if !ok {
		return fmt.Errorf("web: no template %q", page)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", s.view(w, r, data)); err != nil {
		return fmt.Errorf("web: render %s: %w", page, err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w) // a failed write means the client went away
	return nil
}

// redirect answers with 303 See Other, the right status after a form post and
// harmless after a GET.
func redirect(w http.ResponseWriter, r *http.Request, url string) {
	http.Redirect(w, r, url, http.StatusSeeOther)
}
