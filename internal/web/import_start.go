package web

import (
	"context"
	"errors"
	"net/http"
	"os"

	"coalition/internal/directory"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/tabular"
)

// importStart checks the uploaded file (format, encoding, header) and starts
// importing it in the background, then sends the user to the job's progress
// page. A file that cannot be read shows the form again with the translated
// reason and 422, before anything is written.
func (s *Server) importStart(jobs *importJobs) httpx.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		f := readForm(r, "kind", "encoding", "dry_run", "mapping")
		job, err := s.startImport(r, jobs, uploadFrom(r.Context(), "file"), f)
		if err != nil {
			return s.importFormError(w, r, f, err)
		}
		redirect(w, r, "/import/"+job.ID)
		return nil
	}
}

// startImport opens the upload as the form says and hands it to a new job,
// which closes and removes it when done.
func (s *Server) startImport(r *http.Request, jobs *importJobs, up *upload, f form) (*importJob, error) {
	req, err := parseImportForm(f)
	if err != nil {
		return nil, err
	}
	rows, err := openUpload(up, req)
	if err != nil {
		return nil, err
	}
	u, _ := httpx.UserFrom(r.Context())
	job := &importJob{Owner: u.ID, Entity: req.Entity, File: up.Name, DryRun: req.DryRun}
	done, total := rows.Progress()
	job.progress(done, total)
	opts := directory.ImportOptions{Map: req.Map, DryRun: req.DryRun, Source: "import " + up.Name, Progress: job.progress}
	run := func(ctx context.Context) (directory.Report, error) {
		if req.Entity == directory.EntityPerson {
			return s.dir.ImportPeople(ctx, directory.Actor{UserID: u.ID}, rows, opts)
		}
		return s.dir.ImportOrgs(ctx, directory.Actor{UserID: u.ID}, rows, opts)
	}
	cleanup := func() { rows.Close(); _ = os.Remove(up.Path) }
	if err := jobs.start(job, s.logger, run, cleanup); err != nil {
		rows.Close()
		return nil, err
	}
	up.claim()
	return job, nil
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
