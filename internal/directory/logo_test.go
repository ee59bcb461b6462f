package directory

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"testing"

	"coalition/internal/i18n"
)

// gradient returns an opaque w×h image, or one with a transparent left half.
func gradient(w, h int, transparent bool) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			a := uint8(255)
			if transparent && x < w/2 {
				a = 0
			}
			img.SetNRGBA(x, y, color.NRGBA{uint8(x), uint8(y), 128, a})
		}
	}
	return img
}

func encodePNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func encodeJPEG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/logo/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// pngHeader returns a PNG signature and an IHDR chunk declaring a w×h RGBA
// image, followed by nothing: the shape of a decompression bomb's first bytes.
func pngHeader(w, h uint32) []byte {
	ihdr := binary.BigEndian.AppendUint32(nil, w)
	ihdr = binary.BigEndian.AppendUint32(ihdr, h)
	ihdr = append(ihdr, 8, 6, 0, 0, 0)
	out := []byte("\x89PNG\r\n\x1a\n")
	out = binary.BigEndian.AppendUint32(out, uint32(len(ihdr)))
	chunk := append([]byte("IHDR"), ihdr...)
	out = append(out, chunk...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(chunk))
}

// withEXIF inserts an APP1 Exif segment after a JPEG's start-of-image marker.
func withEXIF(jpg []byte) []byte {
	payload := []byte("Exif\x00\x00GPS 56.9496N 24.1052E secret-camera-serial")
	seg := []byte{0xff, 0xe1, 0, 0}
	binary.BigEndian.PutUint16(seg[2:], uint16(len(payload)+2))
	out := append([]byte{}, jpg[:2]...)
	out = append(append(out, seg...), payload...)
	return append(out, jpg[2:]...)
}

func TestPrepareLogoAcceptsAndReencodes(t *testing.T) {
	cases := []struct {
		name        string
		data        []byte
		contentType string
		w, h        int
	}{
		{"png with alpha", encodePNG(t, gradient(40, 20, true)), "image/png", 40, 20},
		{"opaque png", encodePNG(t, gradient(40, 20, false)), "image/jpeg", 40, 20},
		{"jpeg", encodeJPEG(t, gradient(64, 48, false)), "image/jpeg", 64, 48},
		{"wide image is scaled down", encodePNG(t, gradient(3000, 1000, false)), "image/jpeg", 512, 171},
		{"tall image with alpha", encodePNG(t, gradient(600, 1200, true)), "image/png", 256, 512},
		{"lossless webp with alpha", fixture(t, "alpha.webp"), "image/png", 48, 32},
		{"lossy webp with alpha", fixture(t, "alpha-lossy.webp"), "image/png", 48, 32},
		{"opaque webp", fixture(t, "opaque.webp"), "image/jpeg", 48, 32},
		{"jpeg with exif", withEXIF(encodeJPEG(t, gradient(30, 30, false))), "image/jpeg", 30, 30},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l, err := PrepareLogo(tc.data)
			if err != nil {
				t.Fatalf("PrepareLogo: %v", err)
			}
			if l.ContentType != tc.contentType || l.Width != tc.w || l.Height != tc.h {
				t.Fatalf("got %s %d×%d, want %s %d×%d", l.ContentType, l.Width, l.Height, tc.contentType, tc.w, tc.h)
			}
			checkStored(t, l)
		})
	}
}

// checkStored decodes a prepared logo and checks its type, size and that no
// metadata survived.
func checkStored(t *testing.T, l Logo) {
	t.Helper()
	img, format, err := image.Decode(bytes.NewReader(l.Data))
	if err != nil {
		t.Fatalf("stored logo does not decode: %v", err)
	}
	if "image/"+format != l.ContentType || img.Bounds().Dx() != l.Width || img.Bounds().Dy() != l.Height {
		t.Errorf("stored %s %v, logo says %s %d×%d", format, img.Bounds(), l.ContentType, l.Width, l.Height)
	}
	if bytes.Contains(l.Data, []byte("Exif")) || bytes.Contains(l.Data, []byte("secret")) {
		t.Error("metadata survived re-encoding")
	}
}

func TestPrepareLogoKeepsTransparency(t *testing.T) {
	l, err := PrepareLogo(encodePNG(t, gradient(1024, 256, true)))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(l.Data))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, a := img.At(10, 10).RGBA(); a != 0 {
		t.Errorf("transparent pixel has alpha %d", a)
	}
	if _, _, _, a := img.At(500, 60).RGBA(); a != 0xffff {
		t.Errorf("opaque pixel has alpha %d", a)
	}
}

func TestPrepareLogoRefuses(t *testing.T) {
	valid := encodePNG(t, gradient(64, 64, false))
	var gifData bytes.Buffer
	if err := gif.Encode(&gifData, gradient(8, 8, false), nil); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		key  string
	}{
		{"empty", nil, "validation.required"},
		{"svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), "logo.svg_refused"},
		{"svg with declaration and BOM", []byte("\xef\xbb\xbf  <?xml version=\"1.0\"?>\n<!-- logo -->\n<SVG/>"), "logo.svg_refused"},
		{"svg doctype", []byte(`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"><svg/>`), "logo.svg_refused"},
		{"gif", gifData.Bytes(), "logo.unsupported_type"},
		{"text", []byte("hello, this is not an image"), "logo.unsupported_type"},
		{"html", []byte("<!doctype html><html><body>hi</body></html>"), "logo.unsupported_type"},
		{"png header then garbage", append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte("garbage!"), 100)...), "logo.corrupt"},
		{"truncated png", valid[:len(valid)/2], "logo.corrupt"},
		{"truncated jpeg", encodeJPEG(t, gradient(64, 64, false))[:300], "logo.corrupt"},
		{"fake webp", append([]byte("RIFF\x10\x00\x00\x00WEBPVP8 "), bytes.Repeat([]byte{0}, 64)...), "logo.corrupt"},
		{"zero width", pngHeader(0, 10), "logo.corrupt"},
		{"oversize", append(valid, make([]byte, MaxLogoBytes)...), "logo.too_large"},
		{"bomb: huge declared size", pngHeader(100_000, 100_000), "logo.too_many_pixels"},
		{"bomb: too many megapixels", pngHeader(7000, 7000), "logo.too_many_pixels"},
		{"bomb: too wide", pngHeader(9000, 10), "logo.too_many_pixels"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := PrepareLogo(tc.data)
			var le *i18n.LocalizedError
			if !errors.As(err, &le) || le.Key != tc.key || le.Field != "logo" {
				t.Fatalf("got %v, want %s on field logo", err, tc.key)
			}
		})
	}
}

func TestPrepareLogoTooLargeNamesTheLimit(t *testing.T) {
	_, err := PrepareLogo(make([]byte, MaxLogoBytes+1))
	var le *i18n.LocalizedError
	if !errors.As(err, &le) || len(le.Args) != 2 || le.Args[0] != "max" || le.Args[1] != 2 {
		t.Fatalf("got %#v, want max 2 (MB)", err)
	}
	msg := i18n.MustLoad().T("en", le.Key, le.Args...)
	if !bytes.Contains([]byte(msg), []byte("2 MB")) {
		t.Errorf("message %q does not name the limit", msg)
	}
}

func TestFitSize(t *testing.T) {
	cases := []struct{ w, h, wantW, wantH int }{
		{100, 50, 100, 50}, {512, 512, 512, 512}, {3000, 1000, 512, 171},
		{1000, 3000, 171, 512}, {5000, 1, 512, 1}, {1024, 1024, 512, 512},
	}
	for _, tc := range cases {
		if w, h := fitSize(tc.w, tc.h, LogoSide); w != tc.wantW || h != tc.wantH {
			t.Errorf("fitSize(%d, %d) = %d×%d, want %d×%d", tc.w, tc.h, w, h, tc.wantW, tc.wantH)
		}
	}
}
