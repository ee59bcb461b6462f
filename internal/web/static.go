package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// staticFS holds the files served under /static/. The vendor licences and notes
// stay in the source tree but are not served.
//
//go:embed static/*.css static/*.js static/*.svg static/vendor/*.css static/vendor/*.js
var staticFS embed.FS

// assets serves the embedded static files at content-hash URLs such as
// /static/app.3f2a9c1d0b4e.css, so they can be cached for a year: a changed file
// gets a new URL.
type assets struct {
	byURL  map[string]asset  // "/static/app.<hash>.css" → file
	byName map[string]string // "app.css" → its URL
}

type asset struct {
	name string
	hash string
	data []byte
}

// loadAssets reads every file under static/ and computes its URL.
func loadAssets(fsys fs.FS) (*assets, error) {
	a := &assets{byURL: map[string]asset{}, byName: map[string]string{}}
	err := fs.WalkDir(fsys, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		a.add(strings.TrimPrefix(p, "static/"), data)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: static files: %w", err)
	}
	return a, nil
}

func (a *assets) add(name string, data []byte) {
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:6])
	ext := path.Ext(name)
	url := "/static/" + strings.TrimSuffix(name, ext) + "." + hash + ext
	a.byURL[url] = asset{name: name, hash: hash, data: data}
	a.byName[name] = url
}

// URL returns the content-hash URL of a static file, such as "vendor/htmx.min.js".
// It is the template function asset; an unknown name fails the render.
func (a *assets) URL(name string) (string, error) {
	url, ok := a.byName[name]
	if !ok {
		return "", fmt.Errorf("web: no static file %q", name)
	}
	return url, nil
}

// ServeHTTP serves a static file by its content-hash URL with a year-long,
// immutable cache lifetime. Any other path under /static/ is not found.
func (a *assets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f, ok := a.byURL[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Header().Set("ETag", `"`+f.hash+`"`)
	http.ServeContent(w, r, f.name, time.Time{}, bytes.NewReader(f.data))
}
