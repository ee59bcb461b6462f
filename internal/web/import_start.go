package web

import (
	"errors"
	"net/http"
	"os"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/tabular"
)

// importStart checks the uploaded file (format, encoding, header) and starts
// importing it in the background of this instance, then sends the user to
// the job's progress page, which any instance can show. A file that cannot
// be read shows the form again with the translated reason and 422, before
// anything is written.
func (s *Server) importStart(w http.ResponseWriter, r *http.Request) error {
	f := readForm(r, "kind", "encoding", "dry_run", "mapping")
	job, err := s.startImport(r, uploadFrom(r.Context(), "file"), f)
	if err != nil {
		return s.importFormError(w, r, f, err)
	}
	redirect(w, r, "/import/"+job.ID)
	return nil
}

// startImport opens the upload as the form says and hands it to a new job,
// which closes and removes it when done.
func (s *Server) startImport(r *http.Request, up *upload, f form) (directory.ImportJob, error) {
	req, err := parseImportForm(f)
	if err != nil {
		return directory.ImportJob{}, err
	}
	rows, err := openUpload(up, req)
	if err != nil {
		return directory.ImportJob{}, err
	}
	up.claim()
	spec := directory.ImportSpec{Entity: req.Entity, File: up.Name,
		Options: directory.ImportOptions{Map: req.Map, DryRun: req.DryRun, Source: "import " + up.Name}}
	return s.jobs.StartImport(r.Context(), directoryActor(r), spec, rows, func() {
		rows.Close()
		_ = os.Remove(up.Path)
	})
}

// openUpload opens the uploaded file for reading. Problems with the file
// itself (none sent, too large, not a workbook, an unknown encoding, no
// header) are put on the file field.
func openUpload(up *upload, req importRequest) (*tabular.Reader, error) {
	switch {
	case up == nil || (up.Path == "" && !up.TooBig):
		return nil, i18n.Invalid("file", "import.form.no_file")
	case up.TooBig:
		return nil, i18n.Invalid("file", "import.too_large", "max", tabular.UploadLimit>>20)
	}
	rows, err := tabular.OpenFile(up.Path, tabular.Options{Encoding: req.Encoding, MaxBytes: tabular.UploadLimit})
	var le *i18n.LocalizedError
	if errors.As(err, &le) && le.Field == "" {
		onFile := *le
		onFile.Field = "file"
		return nil, &onFile
	}
	return rows, err
}
