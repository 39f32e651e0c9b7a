// Texts of the public offer directory (search, offer detail).
export const deDirectoryPages = {
  directory: {
    title: "Angebote finden",
  },
};
