package export

// Colours and shapes by node kind, shared by the visualizer formats that
// can carry them (GraphML for yEd, GEXF viz, DOT).
type style struct {
	color   string // #RRGGBB
	shape   string // yEd and Graphviz shape names
	r, g, b int
}

var styles = map[string]style{
	KindEntity:   {"#8DD3C7", "ellipse", 0x8D, 0xD3, 0xC7},
	KindEvent:    {"#FB8072", "box", 0xFB, 0x80, 0x72},
	KindDocument: {"#BEBADA", "note", 0xBE, 0xBA, 0xDA},
	KindOther:    {"#D9D9D9", "ellipse", 0xD9, 0xD9, 0xD9},
}

// yedShape is the yEd name of a style's shape.
func yedShape(s style) string {
	switch s.shape {
	case "box":
		return "roundrectangle"
	case "note":
		return "rectangle"
	}
	return s.shape
}
