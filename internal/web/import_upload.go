package web

import (
	"context"
	"crypto/subtle"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"

	"coalition/internal/tabular"
)

// upload is the file of an import form, spooled to a temporary file so that
// it is never held in memory whole.
type upload struct {
	Path    string // "" when no file came
	Name    string // the file's base name as the browser sent it
	TooBig  bool   // the file is larger than tabular.UploadLimit
	claimed atomic.Bool
}

// uploadKey is the context key of the request's upload.
type uploadKey struct{}

// uploadFieldBytes bounds the import form's other fields together.
const uploadFieldBytes = 64 << 10

// uploadExts are the file name extensions kept on the temporary file, so
// that the reader can tell the format from the name as it would from the
// original.
var uploadExts = []string{".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".json"}

// uploadFrom returns the upload of the request, or nil.
func uploadFrom(ctx context.Context) *upload {
	up, _ := ctx.Value(uploadKey{}).(*upload)
	return up
}

// claim hands the temporary file over to whoever will remove it.
func (u *upload) claim() { u.claimed.Store(true) }

// discard removes the temporary file unless it was claimed.
func (u *upload) discard() {
	if u.Path != "" && !u.claimed.Load() {
		_ = os.Remove(u.Path)
	}
}

// uploadGate receives a multipart import form before the page middleware,
// which caps form bodies at maxFormBytes. It streams the file to a temporary
// file and keeps the other fields; then the request goes on with an empty
// body, those fields as its PostForm and the form's CSRF token in the
// X-CSRF-Token header, so that the page middleware checks it as for any form.
// Nothing is spooled unless the request passes the cross-origin check, comes
// with a live session and carries the CSRF token before the file (the form
// puts its hidden field first); otherwise the request goes on without a body
// and fails the CSRF check.
func (s *Server) uploadGate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		up, fields, ok := s.receiveUpload(w, r)
		r.Body = http.NoBody
		if ok {
			defer up.discard()
			if r.Header.Get(csrfHeader) == "" {
				r.Header.Set(csrfHeader, fields.Get(csrfField))
			}
			r.PostForm, r.Form = fields, fields
			r = r.WithContext(context.WithValue(r.Context(), uploadKey{}, up))
		}
		next.ServeHTTP(w, r)
	})
}

// receiveUpload reads the multipart body when the request may send one.
func (s *Server) receiveUpload(w http.ResponseWriter, r *http.Request) (*upload, url.Values, bool) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	token := cookieValue(r, csrfCookie)
	if mt != "multipart/form-data" || token == "" || s.origin.Check(r) != nil {
		return nil, nil, false
	}
	if _, err := s.accounts.SessionUser(r.Context(), cookieValue(r, sessionCookie)); err != nil {
		return nil, nil, false
	}
	r.Body = http.MaxBytesReader(w, r.Body, tabular.UploadLimit+2*uploadFieldBytes)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, nil, false
	}
	up, fields := &upload{}, url.Values{}
	verified := sameCSRFToken(r.Header.Get(csrfHeader), token)
	budget := int64(uploadFieldBytes)
	for {
		part, err := mr.NextPart()
		if err != nil {
			// io.EOF ends the form; a broken body keeps what came so far.
			return up, fields, verified && (errors.Is(err, io.EOF) || up.Path != "" || up.TooBig)
		}
		if part.FileName() != "" && part.FormName() == "file" {
			if !verified || up.Path != "" || up.TooBig {
				up.discard()
				return nil, nil, false
			}
			if err := up.spool(part, r.ContentLength); err != nil {
				s.logger.WarnContext(r.Context(), "import upload failed", "error", err)
				up.discard()
				return nil, nil, false
			}
			if up.TooBig {
				return up, fields, true // what follows the file is not worth reading
			}
			continue
		}
		b, _ := io.ReadAll(io.LimitReader(part, budget+1))
		if budget -= int64(len(b)); budget < 0 {
			up.discard()
			return nil, nil, false
		}
		fields.Add(part.FormName(), string(b))
		if part.FormName() == csrfField {
			verified = sameCSRFToken(string(b), token)
		}
	}
}

// sameCSRFToken compares a sent CSRF token with the cookie's in constant time.
func sameCSRFToken(sent, token string) bool {
	return sent != "" && subtle.ConstantTimeCompare([]byte(sent), []byte(token)) == 1
}

// spool copies the file part to a new temporary file; a file beyond the
// limit (by the request's length, or as it is read) is marked TooBig and not
// kept.
func (u *upload) spool(part *multipart.Part, contentLength int64) error {
	u.Name = filepath.Base(part.FileName())
	if contentLength > tabular.UploadLimit+2*uploadFieldBytes {
		u.TooBig = true
		return nil
	}
	ext := strings.ToLower(filepath.Ext(u.Name))
	if !slices.Contains(uploadExts, ext) {
		ext = ""
	}
	f, err := os.CreateTemp("", "coalition-import-*"+ext)
	if err != nil {
		return err
	}
	u.Path = f.Name()
	n, err := io.Copy(f, io.LimitReader(part, tabular.UploadLimit+1))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && n > tabular.UploadLimit {
		u.TooBig = true
		_ = os.Remove(u.Path)
		u.Path = ""
	}
	return err
}
