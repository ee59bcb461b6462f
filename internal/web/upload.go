package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"coalition/internal/httpx"
)

// upload is a file sent with a form, spooled to a temporary file so that it
// is never held in memory whole.
type upload struct {
	Path    string // the temporary file; "" when the file was not kept
	Name    string // the file's base name as the browser sent it
	TooBig  bool   // the file is larger than the route accepts, and was not kept
	claimed bool
}

// claim hands the temporary file over to whoever will remove it.
func (u *upload) claim() { u.claimed = true }

// uploads are the files of one request by form field, the first file of
// each field.
type uploads map[string]*upload

// discard removes the temporary files nobody claimed.
func (us uploads) discard() {
	for _, u := range us {
		if u.Path != "" && !u.claimed {
			_ = os.Remove(u.Path)
		}
	}
}

// uploadsKey is the context key of the request's uploads.
type uploadsKey struct{}

// uploadFrom returns the file the request sent in field, or nil.
func uploadFrom(ctx context.Context, field string) *upload {
	us, _ := ctx.Value(uploadsKey{}).(uploads)
	return us[field]
}

// uploadFieldBytes bounds the other fields of an upload form together, and
// is also the room left for the multipart framing.
const uploadFieldBytes = 64 << 10

// uploadBodyLimit is the largest body of a form with files of up to maxFile
// bytes.
func uploadBodyLimit(maxFile int64) int64 { return maxFile + 2*uploadFieldBytes }

// uploadExts are the file name extensions kept on the temporary file, so
// that a reader can tell the format from the name as it would from the
// original.
var uploadExts = []string{".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".json"}

// isMultipart reports whether the request's body is a multipart form.
func isMultipart(r *http.Request) bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return mt == "multipart/form-data"
}

// receiving is a multipart form being read.
type receiving struct {
	r         *http.Request
	token     string // the CSRF cookie's
	verified  bool   // the form's CSRF token matched
	fields    url.Values
	budget    int64 // bytes the other fields may still take
	files     uploads
	maxFile   int64
	stopped   bool // a file was refused: what follows it is not read
	bodyLimit int64
}

// receiveUploads streams a multipart form: fields into r.PostForm, files to
// temporary files of up to maxFile bytes each. Nothing is spooled unless the
// form carries its CSRF token (header, or a field before the file, as the
// pages' forms put it) and a signed-in user sends it; a file beyond maxFile
// (by the request's length, or as it is read) is marked TooBig and not
// kept, and the rest of the body is left unread. The caller removes the
// files it gets back, unless a handler claimed them.
func receiveUploads(w http.ResponseWriter, r *http.Request, token string, maxFile int64) (uploads, error) {
	rc := &receiving{r: r, token: token, fields: url.Values{}, budget: uploadFieldBytes, files: uploads{},
		maxFile: maxFile, bodyLimit: uploadBodyLimit(maxFile)}
	rc.verified = sameCSRFToken(r.Header.Get(csrfHeader), token)
	r.Body = http.MaxBytesReader(w, r.Body, rc.bodyLimit)
	err := rc.read()
	r.PostForm, r.Form = rc.fields, rc.fields
	if err == nil && !rc.verified {
		err = errCSRF
	}
	return rc.files, err
}

// read reads the parts until the form ends or a file is refused.
func (rc *receiving) read() error {
	mr, err := rc.r.MultipartReader()
	if err != nil {
		return errCSRF
	}
	for !rc.stopped {
		part, err := mr.NextPart()
		if err != nil {
			return rc.end(err)
		}
		if part.FileName() == "" {
			err = rc.field(part)
		} else {
			err = rc.file(part)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// end says what an error reading the next part means: the end of the form,
// a body over the limit, or a broken body, which keeps a file that came.
func (rc *receiving) end(err error) error {
	switch {
	case errors.Is(err, io.EOF):
		return nil
	case isTooLarge(err):
		return errTooLarge(rc.bodyLimit)
	case len(rc.files) > 0:
		return nil
	}
	return errCSRF
}

// field keeps a form field within the fields' budget.
func (rc *receiving) field(part *multipart.Part) error {
	b, err := io.ReadAll(io.LimitReader(part, rc.budget+1))
	if isTooLarge(err) {
		return errTooLarge(rc.bodyLimit)
	}
	if rc.budget -= int64(len(b)); rc.budget < 0 {
		return errTooLarge(rc.bodyLimit)
	}
	rc.fields.Add(part.FormName(), string(b))
	if part.FormName() == csrfField {
		rc.verified = sameCSRFToken(string(b), rc.token)
	}
	return nil
}

// file spools a file part, the first one of its field; later ones are
// skipped. Without a verified token nothing is read; without a signed-in
// user the file is not read and the form stops there.
func (rc *receiving) file(part *multipart.Part) error {
	if !rc.verified {
		return errCSRF
	}
	if _, ok := httpx.UserFrom(rc.r.Context()); !ok {
		rc.stopped = true
		return nil
	}
	if rc.files[part.FormName()] != nil {
		return nil
	}
	up := &upload{Name: filepath.Base(part.FileName())}
	rc.files[part.FormName()] = up
	if rc.r.ContentLength > rc.bodyLimit {
		up.TooBig = true
	} else if err := up.spool(part, rc.maxFile); err != nil {
		return err
	}
	rc.stopped = up.TooBig
	return nil
}

// spool copies the file part to a new temporary file; a file beyond limit
// bytes is marked TooBig and not kept.
func (u *upload) spool(part *multipart.Part, limit int64) error {
	ext := strings.ToLower(filepath.Ext(u.Name))
	if !slices.Contains(uploadExts, ext) {
		ext = ""
	}
	f, err := os.CreateTemp("", "coalition-upload-*"+ext)
	if err != nil {
		return err
	}
	u.Path = f.Name()
	n, err := io.Copy(f, io.LimitReader(part, limit+1))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if isTooLarge(err) || (err == nil && n > limit) {
		u.TooBig, err = true, nil
	}
	if err != nil || u.TooBig {
		_ = os.Remove(u.Path)
		u.Path = ""
	}
	if err != nil {
		return fmt.Errorf("web: receive upload: %w", err)
	}
	return nil
}

// isTooLarge reports whether err comes from reading beyond http.MaxBytesReader's limit.
func isTooLarge(err error) bool {
	var mbe *http.MaxBytesError
	return errors.As(err, &mbe)
}
