// Texts of the offer management pages (providers' dashboard, offer editor, planners' review).
export const deOfferPages = {
  offerAdmin: {
    title: "Angebote verwalten",
  },
};
