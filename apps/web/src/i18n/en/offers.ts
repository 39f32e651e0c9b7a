// Texts of the offer management pages (providers' dashboard, offer editor, planners' review).
export const enOfferPages = {
  offerAdmin: {
    title: "Manage offers",
  },
};
