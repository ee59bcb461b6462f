package web

import (
	"net/http"
	"slices"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/tabular"
)

// importFormPage is the data of import_form.html.
type importFormPage struct {
	Form      form
	Encodings []string
	MaxMB     int
	Profiles  []string
}

// importEncodings are the text encodings the form offers beside detection ("").
var importEncodings = []string{tabular.UTF8, tabular.Windows1250, tabular.Windows1251, tabular.Windows1252, tabular.Windows1257}

// importEntities maps the form's kind to what is imported.
var importEntities = map[string]directory.Entity{
	"organizations": directory.EntityOrganization,
	"people":        directory.EntityPerson,
}

// importForm shows the upload form.
func (s *Server) importForm(w http.ResponseWriter, r *http.Request) error {
	f := form{Values: map[string]string{"kind": "organizations"}, Errors: map[string]string{}}
	return s.render(w, r, http.StatusOK, "import_form.html", newImportFormPage(f))
}

// newImportFormPage fills the form page around f.
func newImportFormPage(f form) importFormPage {
	return importFormPage{Form: f, Encodings: importEncodings, MaxMB: tabular.UploadLimit >> 20,
		Profiles: directory.ProfileNames()}
}

// importRequest is what the form asks for.
type importRequest struct {
	Entity   directory.Entity
	Encoding string
	DryRun   bool
	Map      map[string]string
}

// parseImportForm checks the form's choices and its mapping lines
// ("column=field"; an empty field ignores the column).
func parseImportForm(f form) (importRequest, error) {
	req := importRequest{Entity: importEntities[f.Values["kind"]], Encoding: f.Values["encoding"],
		DryRun: f.Values["dry_run"] == "1"}
	if req.Entity == "" {
		return req, i18n.Invalid("kind", "validation.required")
	}
	if req.Encoding != "" && !slices.Contains(importEncodings, req.Encoding) {
		return req, i18n.Invalid("encoding", "import.encoding", "value", req.Encoding)
	}
	for line := range strings.Lines(f.Values["mapping"]) {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		i := strings.LastIndexByte(line, '=')
		if i <= 0 {
			return req, i18n.Invalid("mapping", "import.form.mapping_invalid", "line", line)
		}
		if req.Map == nil {
			req.Map = map[string]string{}
		}
		req.Map[strings.TrimSpace(line[:i])] = strings.TrimSpace(line[i+1:])
	}
	return req, nil
}

// importFormError shows the form again with the problem err describes.
func (s *Server) importFormError(w http.ResponseWriter, r *http.Request, f form, err error) error {
	code, ok := s.fail(r, &f, err)
	if !ok {
		return err
	}
	return s.render(w, r, code, "import_form.html", newImportFormPage(f))
}
