// Texts of the gap analysis (needs versus offers).
export const enGapPages = {
  gaps: {
    title: "Needs and offers",
  },
};
