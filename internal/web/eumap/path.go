package eumap

import (
	"math"
	"strconv"
	"strings"
)

// pathData writes rings as SVG path data with relative coordinates in
// tenths of a user unit: "M12.3 4l1-2.5...z". Rounding happens on the
// absolute positions, so errors do not add up along a ring.
func pathData(rings [][]point) string {
	var b strings.Builder
	for _, r := range rings {
		writeRing(&b, r)
	}
	return b.String()
}

// writeRing writes one closed ring, skipping points that round onto the
// one before.
func writeRing(b *strings.Builder, r []point) {
	px, py := tenths(r[0].x), tenths(r[0].y)
	b.WriteByte('M')
	writePair(b, px, py)
	cmd := byte('l')
	for _, p := range r[1:] {
		x, y := tenths(p.x), tenths(p.y)
		if x == px && y == py {
			continue
		}
		if cmd != 0 {
			b.WriteByte(cmd)
			cmd = 0
		}
		writePair(b, x-px, y-py)
		px, py = x, y
	}
	b.WriteByte('z')
}

// tenths rounds v to an integer number of tenths.
func tenths(v float64) int { return int(math.Round(v * 10)) }

// writePair writes two numbers in tenths, separated as SVG path data
// allows: a minus sign separates by itself.
func writePair(b *strings.Builder, x, y int) {
	if last := b.String(); len(last) > 0 && x >= 0 && isDigit(last[len(last)-1]) {
		b.WriteByte(' ')
	}
	writeTenths(b, x)
	if y >= 0 {
		b.WriteByte(' ')
	}
	writeTenths(b, y)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// writeTenths writes an integer number of tenths as a decimal: 123 → 12.3,
// -5 → -.5, 40 → 4.
func writeTenths(b *strings.Builder, v int) {
	if v < 0 {
		b.WriteByte('-')
		v = -v
	}
	if v/10 != 0 || v%10 == 0 {
		b.WriteString(strconv.Itoa(v / 10))
	}
	if v%10 != 0 {
		b.WriteByte('.')
		b.WriteByte(byte('0' + v%10))
	}
}
