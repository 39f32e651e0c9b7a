// Texts of the gap analysis (needs versus offers).
export const deGapPages = {
  gaps: {
    title: "Bedarfe und Angebote",
  },
};
