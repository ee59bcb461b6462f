package eumap

import (
	"math"
	"strconv"
)

// Steps is the number of colour steps: no support, four quarters of the
// threshold, and the threshold reached.
const Steps = 6

// Step returns the colour step of a share of the threshold: 0 for no
// support at all, 1 below 25%, 2 below 50%, 3 below 75%, 4 below 100% and
// 5 (Steps-1) at or above the threshold.
func Step(share float64) int {
	switch {
	case !(share > 0): // also NaN
		return 0
	case share >= 1 || floorPercent(share) >= 100:
		return Steps - 1
	default:
		return 1 + floorPercent(share)/25
	}
}

// floorPercent is the share as a whole percentage rounded down, forgiving
// the error of binary fractions: 0.29 gives 29, not 28.
func floorPercent(share float64) int {
	return int(math.Floor(share*100 + 1e-9))
}

// palette holds the fill of each step: ColorBrewer YlGnBu with six
// classes (Cynthia Brewer, Pennsylvania State University; Apache 2.0),
// sequential and safe for colour-blind readers.
var palette = [Steps]string{"#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"}

// Fills of what is not a member state, of borders and of text.
const (
	fillOutside   = "#dcdcdc"
	strokeOutside = "#ffffff"
	strokeMember  = "#4d4d4d"
	textColour    = "#1a1a1a"
	haloColour    = "#ffffff"
	hatchColour   = "#ffffff"
)

// stepRanges names the shares of each step in the legend; the same floor
// rounding as percent keeps a state's label inside its step's range.
var stepRanges = [Steps]string{"0%", "< 25%", "25–49%", "50–74%", "75–99%", "≥ 100%"}

// percent formats a share as a whole percentage rounded down, so that a
// state just short of its threshold never reads 100%: 0.999 → "99%",
// 1.126 → "112%", 0.004 → "<1%".
func percent(share float64) string {
	if share > 0 && share < 0.01 {
		return "<1%"
	}
	return strconv.Itoa(floorPercent(share)) + "%"
}
