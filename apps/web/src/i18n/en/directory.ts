// Texts of the public offer directory (search, offer detail).
export const enDirectoryPages = {
  directory: {
    title: "Find offers",
  },
};
