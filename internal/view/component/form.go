package component

import "strconv"

// Option is one choice in a select or a set of checkboxes.
type Option struct {
	Value, Label string
	Selected     bool
}

// Select is a select element with its label. Any, when not empty, labels
// a first choice with an empty value ("Any state").
type Select struct {
	ID, Name, Label string
	Any             string
	Options         []Option
}

// Checks is a set of checkboxes under a legend. Each box's id is IDPrefix
// followed by its value, or by its position when ByPosition is set (for
// values that are not fit for an id).
type Checks struct {
	Legend     string
	Name       string
	IDPrefix   string
	ByPosition bool
	Options    []Option
}

// id is the id of the i-th checkbox.
func (c Checks) id(i int, o Option) string {
	if c.ByPosition {
		return c.IDPrefix + strconv.Itoa(i)
	}
	return c.IDPrefix + o.Value
}
