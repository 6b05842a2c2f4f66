"""The reference implementation's Octopus content, as typed facts and the constructs built from them."""
